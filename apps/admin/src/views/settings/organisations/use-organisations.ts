import { tr } from '../../../plugins/i18n';
import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { computed, reactive, ref, shallowRef } from 'vue';
import { errorMessageOf, notifyError } from '../../../composables/notify';
import { submitDialog } from '../../../composables/submit-dialog';
import { useCurrentUser } from '../../../composables/use-current-user';
import {
  CreateOrganisationDocument,
  MoveOrganisationDocument,
  MyOrganisationDocument,
  OrganisationDocument,
  OrganisationsDocument,
  RenameOrganisationDocument,
  SetOrganisationDisabledDocument,
  type OrganisationFieldsFragment,
  type OrganisationLevel,
  type OrganisationsQuery,
} from '../../../graphql/generated/graphql';
import { defaultChildLevel, isAreaCode } from '../../../domain/organisation';

export type OrganisationNode = OrganisationFieldsFragment;

/** What changed: a new unit (its parent's children change), a unit's own fields, or its place. */
export interface OrganisationChange {
  kind: 'create' | 'update' | 'move';
  node: OrganisationNode;
  fromParentId: string | null;
}

/**
 * The 组织机构 page: the tree, loaded a level at a time; a search across it; and, for the
 * system administrator, create / rename / move / disable. The API decides who may do what.
 */
export function useOrganisations() {
  const { user } = useCurrentUser();
  const { resolveClient } = useApolloClient();
  const canEdit = computed(() => (user.value?.roles ?? []).includes('system_admin'));
  const mine = useQuery(MyOrganisationDocument);
  const errorMessage = ref<string | null>(null);

  /** Children of a unit, every page (a province can have more than a page of counties). */
  async function children(parentId: string): Promise<OrganisationNode[]> {
    const all: OrganisationNode[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const { data }: { data: OrganisationsQuery } = await resolveClient().query({ query: OrganisationsDocument, variables: { filter: { parentId }, first: 100, after }, fetchPolicy: 'network-only' });
      all.push(...data.organisations.edges.map((edge) => edge.node));
      if (!data.organisations.pageInfo.hasNextPage) break;
      after = data.organisations.pageInfo.endCursor ?? null;
    }
    return all;
  }

  /** The top of the tree the user sees: the nation for the system administrator, else their own unit. */
  async function roots(): Promise<OrganisationNode[]> {
    try {
      errorMessage.value = null;
      const own = user.value?.roles.includes('system_admin') ? null : (await resolveClient().query({ query: MyOrganisationDocument, fetchPolicy: 'network-only' })).data.myOrganisation;
      if (own) return [(await resolveClient().query({ query: OrganisationDocument, variables: { id: own.id }, fetchPolicy: 'network-only' })).data.organisation];
      const { data } = await resolveClient().query({ query: OrganisationsDocument, variables: { filter: { level: 'national' }, first: 1 }, fetchPolicy: 'network-only' });
      return data.organisations.edges.map((edge) => edge.node);
    } catch (error) {
      errorMessage.value = errorMessageOf(error);
      return [];
    }
  }

  async function load(parent: OrganisationNode | null): Promise<OrganisationNode[]> {
    if (!parent) return roots();
    try {
      return await children(parent.id);
    } catch (error) {
      errorMessage.value = errorMessageOf(error);
      return [];
    }
  }

  const search = ref('');
  const results = shallowRef<OrganisationNode[]>([]);
  const searching = ref(false);
  async function runSearch(): Promise<void> {
    const text = search.value.trim();
    if (!text) {
      results.value = [];
      return;
    }
    searching.value = true;
    try {
      const { data } = await resolveClient().query({ query: OrganisationsDocument, variables: { filter: { search: text }, first: 50 }, fetchPolicy: 'network-only' });
      results.value = data.organisations.edges.map((edge) => edge.node);
    } catch (error) {
      notifyError(error);
    } finally {
      searching.value = false;
    }
  }

  const selected = shallowRef<OrganisationNode | null>(null);
  /** The last change, so the page can redraw the part of the tree it touched. */
  const lastChange = shallowRef<OrganisationChange | null>(null);
  const after = (kind: OrganisationChange['kind'], node: OrganisationNode | null | undefined, fromParentId: string | null = null) => {
    if (!node) return;
    selected.value = node;
    lastChange.value = { kind, node, fromParentId };
  };

  const createForm = reactive({ open: false, parent: null as OrganisationNode | null, level: 'county' as OrganisationLevel, code: '', name: '', shortName: '' });
  const create = useMutation(CreateOrganisationDocument);
  function startCreate(parent: OrganisationNode): void {
    Object.assign(createForm, { open: true, parent, level: defaultChildLevel(parent.level) ?? 'county', code: '', name: '', shortName: '' });
  }
  async function saveCreate(): Promise<void> {
    if (!createForm.parent) return;
    if (!isAreaCode(createForm.code)) return void ElMessage.warning(tr('settings.org.codeInvalid'));
    if (!createForm.name.trim()) return void ElMessage.warning(tr('settings.org.nameMissing'));
    const input = { parentId: createForm.parent.id, level: createForm.level, code: createForm.code.trim(), name: createForm.name.trim(), shortName: createForm.shortName.trim() || null };
    await submitDialog(createForm, () => create.mutate({ input }), {
      saved: tr('settings.org.created', { name: input.name }),
      after: (result) => after('create', result?.data?.createOrganisation),
    });
  }

  const renameForm = reactive({ open: false, id: '', name: '', shortName: '' });
  const rename = useMutation(RenameOrganisationDocument);
  function startRename(node: OrganisationNode): void {
    Object.assign(renameForm, { open: true, id: node.id, name: node.name, shortName: node.shortName });
  }
  async function saveRename(): Promise<void> {
    await submitDialog(renameForm, () => rename.mutate({ input: { id: renameForm.id, name: renameForm.name.trim(), shortName: renameForm.shortName.trim() || null } }), {
      saved: tr('settings.org.renamed'),
      after: (result) => after('update', result?.data?.renameOrganisation),
    });
  }

  const moveForm = reactive({ open: false, node: null as OrganisationNode | null, parentId: '', options: [] as OrganisationNode[], loading: false });
  const move = useMutation(MoveOrganisationDocument);
  function startMove(node: OrganisationNode): void {
    Object.assign(moveForm, { open: true, node, parentId: '', options: [], loading: false });
  }
  async function searchParents(text: string): Promise<void> {
    if (!text.trim()) return;
    moveForm.loading = true;
    try {
      const { data } = await resolveClient().query({ query: OrganisationsDocument, variables: { filter: { search: text.trim(), includeDisabled: false }, first: 30 }, fetchPolicy: 'network-only' });
      moveForm.options = data.organisations.edges.map((edge) => edge.node).filter((node) => node.id !== moveForm.node?.id && node.level !== 'county');
    } catch (error) {
      notifyError(error);
    } finally {
      moveForm.loading = false;
    }
  }
  async function saveMove(): Promise<void> {
    const node = moveForm.node;
    if (!node || !moveForm.parentId) return void ElMessage.warning(tr('settings.org.parentMissing'));
    await submitDialog(moveForm, () => move.mutate({ input: { id: node.id, parentId: moveForm.parentId } }), {
      saved: tr('settings.org.moved', { name: node.name }),
      after: (result) => after('move', result?.data?.moveOrganisation, node.parentId ?? null),
    });
  }

  const disable = useMutation(SetOrganisationDisabledDocument);
  async function toggleDisabled(node: OrganisationNode): Promise<void> {
    const disabling = !node.disabled;
    try {
      await ElMessageBox.confirm(
        disabling ? tr('settings.org.confirmDisable', { name: node.name }) : tr('settings.org.confirmEnable', { name: node.name }),
        disabling ? tr('settings.org.disableTitle') : tr('settings.org.enableTitle'),
        { type: disabling ? 'warning' : 'info', confirmButtonText: disabling ? tr('settings.org.disable') : tr('settings.org.enable'), cancelButtonText: tr('common.cancel') },
      );
    } catch {
      return;
    }
    try {
      const result = await disable.mutate({ input: { id: node.id, disabled: disabling } });
      ElMessage.success(disabling ? tr('settings.org.disabledDone') : tr('settings.org.enabled'));
      after('update', result?.data?.setOrganisationDisabled);
    } catch (error) {
      notifyError(error);
    }
  }

  return {
    canEdit,
    myOrganisation: computed(() => mine.result.value?.myOrganisation ?? null),
    errorMessage,
    load,
    search,
    results,
    searching,
    runSearch,
    selected,
    lastChange,
    createForm,
    startCreate,
    saveCreate,
    creating: create.loading,
    renameForm,
    startRename,
    saveRename,
    renaming: rename.loading,
    moveForm,
    startMove,
    searchParents,
    saveMove,
    moving: move.loading,
    toggleDisabled,
  };
}
