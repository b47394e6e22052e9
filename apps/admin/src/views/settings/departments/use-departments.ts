import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, reactive, ref } from 'vue';
import { useCurrentUser } from '../../../composables/use-current-user';
import { errorMessageOf, notifyError } from '../../../composables/notify';
import {
  CreateDepartmentDocument,
  DepartmentGroupsDocument,
  DepartmentsDocument,
  SetGroupMembersDocument,
  UpdateDepartmentDocument,
  type DepartmentFieldsFragment,
} from '../../../graphql/generated/graphql';

export const DEPARTMENT_KINDS: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'party', label: '党委部门' },
  { value: 'government', label: '政府部门' },
  { value: 'people-organisation', label: '人民团体' },
  { value: 'town', label: '镇' },
  { value: 'street', label: '街道' },
  { value: 'university', label: '高校' },
  { value: 'school', label: '中小学' },
  { value: 'collective', label: '社会组织' },
];

export function departmentKindLabel(kind: string): string {
  return DEPARTMENT_KINDS.find((k) => k.value === kind)?.label ?? kind;
}

/** Departments and groups: list, add, edit; set a group's members (office admin). */
export function useDepartments() {
  const { user } = useCurrentUser();
  const canEdit = computed(() => (user.value?.roles ?? []).includes('office_admin'));
  const departments = useQuery(DepartmentsDocument);
  const groups = useQuery(DepartmentGroupsDocument);
  const search = ref('');
  const list = computed(() => {
    const q = search.value.trim();
    const all = departments.result.value?.departments ?? [];
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
      ElMessage.warning('请填写部门名称');
      return;
    }
    const input = { name: form.name.trim(), fullName: form.fullName.trim() || null, kind: form.kind, tags: form.tags };
    try {
      if (form.id) await update.mutate({ input: { id: form.id, ...input } });
      else await create.mutate({ input });
      ElMessage.success(form.id ? '已保存' : `已新增「${input.name}」`);
      form.open = false;
      await departments.refetch();
    } catch (error) {
      notifyError(error);
    }
  }

  const membersForm = reactive({ open: false, groupId: '', name: '', members: [] as string[] });
  const setMembers = useMutation(SetGroupMembersDocument);
  function editMembers(group: { id: string; name: string; members: ReadonlyArray<{ id: string }> }): void {
    Object.assign(membersForm, { open: true, groupId: group.id, name: group.name, members: group.members.map((m) => m.id) });
  }
  async function saveMembers(): Promise<void> {
    try {
      await setMembers.mutate({ input: { groupId: membersForm.groupId, departmentIds: membersForm.members } });
      ElMessage.success(`已更新「${membersForm.name}」的成员（此后设置的创建工作按新成员展开任务）`);
      membersForm.open = false;
      await groups.refetch();
    } catch (error) {
      notifyError(error);
    }
  }

  const errorMessage = computed(() => {
    const e = departments.error.value ?? groups.error.value;
    return e ? errorMessageOf(e) : null;
  });

  return {
    canEdit,
    search,
    list,
    all: computed(() => departments.result.value?.departments ?? []),
    groups: computed(() => groups.result.value?.departmentGroups ?? []),
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
  };
}
