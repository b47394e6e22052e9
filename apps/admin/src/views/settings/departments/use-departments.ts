import { tr } from '../../../plugins/i18n';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, reactive, ref } from 'vue';
import { useCurrentUser } from '../../../composables/use-current-user';
import { errorMessageOf, notifyError } from '../../../composables/notify';
import { submitDialog } from '../../../composables/submit-dialog';
import { LARGEST_PAGE, useAllPagesOf } from '../../../composables/use-all-pages';
import { useDebounced } from '../../../composables/use-debounced';
import {
  CreateDepartmentDocument,
  CreateDepartmentGroupDocument,
  CreateDepartmentKindDocument,
  DeleteDepartmentGroupDocument,
  DeleteDepartmentKindDocument,
  DepartmentGroupsDocument,
  DepartmentKindsDocument,
  DepartmentsDocument,
  SetGroupMembersDocument,
  UpdateDepartmentDocument,
  UpdateDepartmentGroupDocument,
  UpdateDepartmentKindDocument,
  type DepartmentFieldsFragment,
  type DepartmentKindFieldsFragment,
} from '../../../graphql/generated/graphql';

/** A kind's Chinese name among the kinds the organisation uses; the key itself when unknown. */
export function departmentKindLabel(kinds: ReadonlyArray<{ key: string; label: string }>, kind: string): string {
  return kinds.find((k) => k.key === kind)?.label ?? kind;
}

async function confirmed(message: string, title: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, { type: 'warning', confirmButtonText: tr('task.list.remove'), cancelButtonText: tr('common.cancel') });
    return true;
  } catch {
    return false;
  }
}

/** Departments, groups and department kinds: list, add, edit, delete; set a group's members (office admin). */
export function useDepartments() {
  const { user } = useCurrentUser();
  const hasRole = (role: string) => (user.value?.roles ?? []).includes(role);
  const canEdit = computed(() => hasRole('office_admin'));
  // Platform-wide (a system administrator without an organisation) the lists hold every
  // county's units: the first page of them, narrowed by a search on the server. An
  // organisation's own lists come whole (every page), searched in the browser.
  const platformWide = computed(() => !!user.value && !user.value.organisationName);
  const rows = () => (platformWide.value ? LARGEST_PAGE : Number.POSITIVE_INFINITY);
  const search = ref('');
  const serverSearch = useDebounced(search);
  const departments = useAllPagesOf(
    DepartmentsDocument,
    (data) => data.departments,
    () => ({ search: platformWide.value ? serverSearch.value || null : null }),
    rows,
  );
  const groups = useAllPagesOf(
    DepartmentGroupsDocument,
    (data) => data.departmentGroups,
    () => ({}),
    rows,
  );
  const kindsQuery = useQuery(DepartmentKindsDocument);
  const kinds = computed(() => kindsQuery.result.value?.departmentKinds ?? []);
  const canEditKinds = computed(() => hasRole('office_admin') || hasRole('system_admin'));
  const list = computed(() => {
    const q = search.value.trim();
    const all = departments.nodes.value;
    return q ? all.filter((d) => d.name.includes(q) || (d.fullName ?? '').includes(q) || d.tags.some((t) => t.includes(q))) : all;
  });

  const form = reactive({ open: false, id: null as string | null, name: '', fullName: '', kind: 'government', tags: [] as string[] });
  const create = useMutation(CreateDepartmentDocument);
  const update = useMutation(UpdateDepartmentDocument);
  function edit(d: DepartmentFieldsFragment | null): void {
    Object.assign(form, { open: true, id: d?.id ?? null, name: d?.name ?? '', fullName: d?.fullName ?? '', kind: d?.kind ?? 'government', tags: [...(d?.tags ?? [])] });
  }
  async function save(): Promise<void> {
    if (!form.name.trim()) {
      ElMessage.warning(tr('settings.dept.nameMissing'));
      return;
    }
    const input = { name: form.name.trim(), fullName: form.fullName.trim() || null, kind: form.kind, tags: form.tags };
    const id = form.id;
    const mutate = async (): Promise<void> => {
      if (id) await update.mutate({ input: { id, ...input } });
      else await create.mutate({ input });
    };
    await submitDialog(form, mutate, {
      saved: id ? tr('settings.dept.saved') : tr('settings.dept.created', { name: input.name }),
      after: () => departments.reload(),
    });
  }

  const membersForm = reactive({ open: false, groupId: '', name: '', members: [] as string[] });
  const setMembers = useMutation(SetGroupMembersDocument);
  function editMembers(group: { id: string; name: string; members: ReadonlyArray<{ id: string }> }): void {
    Object.assign(membersForm, { open: true, groupId: group.id, name: group.name, members: group.members.map((m) => m.id) });
  }
  async function saveMembers(): Promise<void> {
    await submitDialog(membersForm, () => setMembers.mutate({ input: { groupId: membersForm.groupId, departmentIds: membersForm.members } }), {
      saved: tr('settings.dept.membersSaved', { name: membersForm.name }),
      after: () => groups.reload(),
    });
  }

  const groupForm = reactive({ open: false, id: null as string | null, name: '', description: '', members: [] as string[] });
  const createGroup = useMutation(CreateDepartmentGroupDocument);
  const updateGroup = useMutation(UpdateDepartmentGroupDocument);
  const deleteGroupMutation = useMutation(DeleteDepartmentGroupDocument);
  function editGroup(group: { id: string; name: string; description?: string | null } | null): void {
    Object.assign(groupForm, { open: true, id: group?.id ?? null, name: group?.name ?? '', description: group?.description ?? '', members: [] });
  }
  async function saveGroup(): Promise<void> {
    const name = groupForm.name.trim();
    if (!name) return void ElMessage.warning(tr('settings.dept.groupNameMissing'));
    const id = groupForm.id;
    const description = groupForm.description.trim() || null;
    const mutate = async (): Promise<void> => {
      if (id) await updateGroup.mutate({ input: { id, name, description } });
      else await createGroup.mutate({ input: { name, description, departmentIds: groupForm.members } });
    };
    await submitDialog(groupForm, mutate, { saved: id ? tr('settings.dept.saved') : tr('settings.dept.groupCreated', { name }), after: () => groups.reload() });
  }
  async function deleteGroup(group: { id: string; name: string }): Promise<void> {
    if (!(await confirmed(tr('settings.dept.confirmDeleteGroup', { name: group.name }), tr('settings.dept.deleteGroup')))) return;
    try {
      await deleteGroupMutation.mutate({ input: { id: group.id } });
      ElMessage.success(tr('settings.dept.deleted', { name: group.name }));
      await groups.reload();
    } catch (error) {
      notifyError(error);
    }
  }

  const kindForm = reactive({ open: false, id: null as string | null, key: '', label: '' });
  const createKind = useMutation(CreateDepartmentKindDocument);
  const updateKind = useMutation(UpdateDepartmentKindDocument);
  const deleteKindMutation = useMutation(DeleteDepartmentKindDocument);
  function editKind(kind: DepartmentKindFieldsFragment | null): void {
    Object.assign(kindForm, { open: true, id: kind?.id ?? null, key: kind?.key ?? '', label: kind?.label ?? '' });
  }
  async function saveKind(): Promise<void> {
    const label = kindForm.label.trim();
    if (!label) return void ElMessage.warning(tr('settings.dept.kindNameMissing'));
    const id = kindForm.id;
    const mutate = async (): Promise<void> => {
      if (id) await updateKind.mutate({ input: { id, label } });
      else await createKind.mutate({ input: { key: kindForm.key.trim(), label } });
    };
    await submitDialog(kindForm, mutate, {
      saved: tr('settings.dept.kindSaved'),
      after: () => kindsQuery.refetch(),
    });
  }
  async function deleteKind(kind: DepartmentKindFieldsFragment): Promise<void> {
    if (!(await confirmed(tr('settings.dept.confirmDeleteKind', { name: kind.label }), tr('settings.dept.deleteKind')))) return;
    try {
      await deleteKindMutation.mutate({ input: { id: kind.id } });
      ElMessage.success(tr('settings.dept.deleted', { name: kind.label }));
      await kindsQuery.refetch();
    } catch (error) {
      notifyError(error);
    }
  }

  const errorMessage = computed(() => departments.errorMessage.value ?? groups.errorMessage.value ?? (kindsQuery.error.value ? errorMessageOf(kindsQuery.error.value) : null));

  return {
    canEdit,
    search,
    list,
    all: departments.nodes,
    groups: groups.nodes,
    /** Platform-wide lists show their first page: the search narrows them. */
    departmentsTruncated: departments.truncated,
    groupsTruncated: groups.truncated,
    platformPage: LARGEST_PAGE,
    loading: computed(() => departments.loading.value || groups.loading.value),
    errorMessage,
    form,
    edit,
    save,
    saving: computed(() => create.loading.value || update.loading.value),
    membersForm,
    editMembers,
    saveMembers,
    savingMembers: setMembers.loading,
    groupForm,
    editGroup,
    saveGroup,
    deleteGroup,
    savingGroup: computed(() => createGroup.loading.value || updateGroup.loading.value),
    kinds,
    canEditKinds,
    kindForm,
    editKind,
    saveKind,
    deleteKind,
    savingKind: computed(() => createKind.loading.value || updateKind.loading.value),
  };
}
