import { tr } from '../../../plugins/i18n';
import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { computed, reactive, ref } from 'vue';
import { notifyError } from '../../../composables/notify';
import { LARGEST_PAGE, useAllPagesOf } from '../../../composables/use-all-pages';
import { useDebounced } from '../../../composables/use-debounced';
import { useDepartmentChoices } from '../../../composables/use-directory-lists';
import { submitDialog } from '../../../composables/submit-dialog';
import { useCurrentUser } from '../../../composables/use-current-user';
import { roleChoices } from '../../../domain/user-role';
import {
  AssignUserDepartmentDocument,
  CreateUserDocument,
  GrantableRolesDocument,
  OrganisationsDocument,
  type OrganisationFieldsFragment,
  ResetUserPasswordDocument,
  SetUserDisabledDocument,
  SetUserRolesDocument,
  UnlockUserDocument,
  UsersDocument,
  type UserAccountFieldsFragment,
} from '../../../graphql/generated/graphql';

export type UserAccount = UserAccountFieldsFragment;

/**
 * User accounts: create, roles, department, password reset, disable, unlock. An office admin's
 * list is their organisation's, every page of it, searched in the browser (also by department);
 * the platform's system admin reads the country's a page at a time, searched on the server.
 */
export function useUsers() {
  const { user: me } = useCurrentUser();
  const choosesOrganisation = computed(() => (me.value?.roles ?? []).includes('system_admin') && !me.value?.organisationName);
  const search = ref('');
  const serverSearch = useDebounced(search);
  const users = useAllPagesOf(
    UsersDocument,
    (data) => data.users,
    () => ({ search: choosesOrganisation.value ? serverSearch.value || null : null }),
    () => (choosesOrganisation.value ? LARGEST_PAGE : Number.POSITIVE_INFINITY),
  );
  const list = computed(() => {
    const q = search.value.trim().toLowerCase();
    const all = users.nodes.value;
    return q ? all.filter((u) => [u.username, u.displayName, u.department?.name ?? '', u.email ?? ''].some((s) => s.toLowerCase().includes(q))) : all;
  });

  // Which roles this administrator may give: the API's word (an office admin never sees 系统管理员).
  const grantable = useQuery(GrantableRolesDocument);
  const grantableRoles = computed(() => grantable.result.value?.grantableRoles ?? []);

  const editForm = reactive({ open: false, user: null as UserAccount | null, roles: [] as string[], departmentId: '' });
  const createForm = reactive({ open: false, username: '', displayName: '', email: '', password: '', roles: ['liaison'] as string[], departmentId: '', organisationId: '' });

  // The platform's system admin places a new user in any organisation (found by name or code);
  // an office admin's users always belong to the office's own organisation.
  const { resolveClient } = useApolloClient();
  const organisationOptions = ref<OrganisationFieldsFragment[]>([]);
  const searchingOrganisations = ref(false);
  async function searchOrganisations(text: string): Promise<void> {
    if (!text.trim()) return;
    searchingOrganisations.value = true;
    try {
      const { data } = await resolveClient().query({ query: OrganisationsDocument, variables: { filter: { search: text.trim(), includeDisabled: false }, first: 30 }, fetchPolicy: 'network-only' });
      organisationOptions.value = data.organisations.edges.map((edge) => edge.node);
    } catch (error) {
      notifyError(error);
    } finally {
      searchingOrganisations.value = false;
    }
  }
  // The departments to choose from are those of the user's organisation: the one chosen for a
  // new user, the edited user's, else the caller's own. None before the system admin chooses one
  // (an account without organisation is a system administrator, who has no department).
  const departmentsOf = computed(() => (choosesOrganisation.value ? (editForm.open ? (editForm.user?.organisationId ?? null) : createForm.organisationId || null) : null));
  const departments = useDepartmentChoices(
    () => departmentsOf.value,
    () => !choosesOrganisation.value || !!departmentsOf.value,
  );
  const create = useMutation(CreateUserDocument);
  async function saveNew(): Promise<void> {
    const input = {
      username: createForm.username.trim(),
      displayName: createForm.displayName.trim(),
      email: createForm.email.trim() || null,
      password: createForm.password,
      roles: createForm.roles,
      departmentId: createForm.departmentId || null,
      organisationId: choosesOrganisation.value ? createForm.organisationId || null : null,
    };
    await submitDialog(createForm, () => create.mutate({ input }), {
      saved: tr('settings.user.createdMessage', { username: createForm.username }),
      after: () => users.reload(),
    });
  }

  const setRoles = useMutation(SetUserRolesDocument);
  const assign = useMutation(AssignUserDepartmentDocument);
  function edit(user: UserAccount): void {
    Object.assign(editForm, { open: true, user, roles: [...user.roles], departmentId: user.department?.id ?? '' });
  }
  async function saveEdit(): Promise<void> {
    const user = editForm.user;
    if (!user) return;
    const save = async (): Promise<void> => {
      if ((user.department?.id ?? '') !== editForm.departmentId) await assign.mutate({ input: { userId: user.id, departmentId: editForm.departmentId || null } });
      if (user.roles.join() !== editForm.roles.join()) await setRoles.mutate({ input: { userId: user.id, roles: editForm.roles } });
    };
    // After a failure one of the two changes may have gone through: the list is read again either way.
    await submitDialog(editForm, save, { saved: tr('settings.user.saved'), after: () => users.reload(), failed: () => users.reload() });
  }

  const disable = useMutation(SetUserDisabledDocument);
  const reset = useMutation(ResetUserPasswordDocument);
  const unlock = useMutation(UnlockUserDocument);
  async function toggleDisabled(user: UserAccount): Promise<void> {
    try {
      const who = { name: user.displayName, username: user.username };
      await ElMessageBox.confirm(
        user.disabled ? tr('settings.user.confirmEnable', who) : tr('settings.user.confirmDisable', who),
        user.disabled ? tr('settings.user.enableTitle') : tr('settings.user.disableTitle'),
        {
          type: 'warning',
          confirmButtonText: user.disabled ? tr('settings.user.enable') : tr('settings.user.disable'),
          cancelButtonText: tr('common.cancel'),
        },
      );
    } catch {
      return;
    }
    try {
      await disable.mutate({ input: { userId: user.id, disabled: !user.disabled } });
      ElMessage.success(user.disabled ? tr('settings.user.enabled') : tr('settings.user.disabledDone'));
    } catch (error) {
      notifyError(error);
    }
  }
  async function resetPassword(user: UserAccount): Promise<void> {
    let value: string;
    try {
      ({ value } = await ElMessageBox.prompt(tr('settings.user.resetPrompt', { name: user.displayName, username: user.username }), tr('settings.user.resetPassword'), {
        inputType: 'password',
        confirmButtonText: tr('settings.user.reset'),
        cancelButtonText: tr('common.cancel'),
        inputValidator: (v: string) => (v && v.length >= 10) || tr('settings.user.passwordTooShort'),
      }));
    } catch {
      return;
    }
    try {
      await reset.mutate({ input: { userId: user.id, newPassword: value } });
      ElMessage.success(tr('settings.user.passwordReset'));
    } catch (error) {
      notifyError(error);
    }
  }
  async function unlockUser(user: UserAccount): Promise<void> {
    try {
      await unlock.mutate({ input: { userId: user.id } });
      ElMessage.success(tr('settings.user.unlocked'));
    } catch (error) {
      notifyError(error);
    }
  }

  return {
    search,
    list,
    createRoleChoices: computed(() => roleChoices(grantableRoles.value)),
    editRoleChoices: computed(() => roleChoices(grantableRoles.value, editForm.user?.roles ?? [])),
    total: users.totalCount,
    truncated: users.truncated,
    platformPage: LARGEST_PAGE,
    departments: departments.nodes,
    loading: users.loading,
    errorMessage: users.errorMessage,
    createForm,
    choosesOrganisation,
    organisationOptions,
    searchOrganisations,
    searchingOrganisations,
    saveNew,
    creating: create.loading,
    editForm,
    edit,
    saveEdit,
    editing: computed(() => assign.loading.value || setRoles.loading.value),
    toggleDisabled,
    resetPassword,
    unlockUser,
  };
}
