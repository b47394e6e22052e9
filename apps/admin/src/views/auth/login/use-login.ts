import { tr } from '../../../plugins/i18n';
import { reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { apiErrorMessage, asApolloError } from '../../../composables/api-error-message';
import { useCurrentUser, type LoginNotice } from '../../../composables/use-current-user';
import { HOME, safeRedirect } from '../../../router';

/**
 * The login page: the form, its checks, the API's answer. A refused login shows the API's own
 * message as it is (wrong password with the attempts left, locked until …, disabled); a
 * successful one goes where the user was going (`?redirect=`), else to the indicator tree.
 */
export function useLogin() {
  const currentUser = useCurrentUser();
  const route = useRoute();
  const router = useRouter();

  const form = reactive({ username: '', password: '' });
  const fieldErrors = reactive({ username: '', password: '' });
  const submitting = ref(false);
  const errorMessage = ref<string | null>(null);
  /** Why we are here (expired session, unreachable server), until the next attempt. */
  const notice = ref<LoginNotice | null>(currentUser.takeNotice());

  function check(): boolean {
    fieldErrors.username = form.username.trim() ? '' : tr('auth.login.usernamePlaceholder');
    fieldErrors.password = form.password ? '' : tr('auth.login.passwordPlaceholder');
    return !fieldErrors.username && !fieldErrors.password;
  }

  /** Returns true once logged in and on the way to the next page. */
  async function submit(): Promise<boolean> {
    if (submitting.value || !check()) return false;
    submitting.value = true;
    errorMessage.value = null;
    notice.value = null;
    try {
      await currentUser.login(form.username.trim(), form.password);
    } catch (error) {
      errorMessage.value = apiErrorMessage(asApolloError(error));
      form.password = '';
      submitting.value = false;
      return false;
    }
    await router.replace(safeRedirect(route.query['redirect']) ?? HOME);
    submitting.value = false;
    return true;
  }

  return { form, fieldErrors, submitting, errorMessage, notice, submit };
}
