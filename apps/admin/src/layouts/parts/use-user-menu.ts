import { tr } from '../../plugins/i18n';
import { computed, ref } from 'vue';
import { useCurrentUser } from '../../composables/use-current-user';
import { userRolesLabel } from '../../domain/user-role';

/** The header's user menu: who is logged in, and 退出登录. */
export function useUserMenu() {
  const currentUser = useCurrentUser();
  const user = currentUser.user;
  const roles = computed(() => (user.value ? userRolesLabel(user.value.roles) : ''));
  // A liaison belongs to a department; the others are shown with their organisation.
  const unit = computed(() => user.value?.department?.name ?? user.value?.organisationName ?? '');
  const initial = computed(() => user.value?.displayName.trim().charAt(0) ?? '');
  const leaving = ref(false);

  async function logout(): Promise<void> {
    if (leaving.value) return;
    leaving.value = true;
    try {
      // The store leaves for the login page once the API has ended the session.
      await currentUser.logout();
    } catch (error) {
      ElMessage.error(error instanceof Error ? error.message : tr('messages.logoutFailedRetry'));
    } finally {
      leaving.value = false;
    }
  }

  return { user, roles, unit, initial, leaving, logout };
}
