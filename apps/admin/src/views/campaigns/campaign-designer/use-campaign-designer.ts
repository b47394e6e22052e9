import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { computed, reactive, ref, shallowRef } from 'vue';
import { errorMessageOf } from '../../../composables/notify';
import { useDepartmentChoices } from '../../../composables/use-directory-lists';
import { tr } from '../../../plugins/i18n';
import { CampaignListDocument, CampaignTemplateChoicesDocument, PreviewCampaignSetUpDocument, SetUpCampaignDocument, WorkflowDefinitionsDocument } from '../../../graphql/generated/graphql';
import { type CampaignDesignForm, type SetUpPreview, emptyDesign, missingFields, templateFileProblem, toSetUpInput } from './campaign-design.model';

/**
 * 新建创建工作: choose a template (and version), the workflows, the phases — with dates or
 * back-scheduled from the target accreditation date — and due dates; preview the tasks the
 * group expansion will create; create. The server computes and checks everything; the page
 * shows what it says.
 */
export function useCampaignDesigner() {
  const form = reactive<CampaignDesignForm>(emptyDesign());
  const preview = shallowRef<SetUpPreview | null>(null);
  const created = shallowRef<{ campaignId: string; tasks: number } | null>(null);
  const errorMessage = ref<string | null>(null);
  const previewing = ref(false);
  const creating = ref(false);

  const templates = useQuery(CampaignTemplateChoicesDocument);
  const workflows = useQuery(WorkflowDefinitionsDocument);
  const departments = useDepartmentChoices();
  const setUp = useMutation(SetUpCampaignDocument, { refetchQueries: [{ query: CampaignListDocument }] });
  const { resolveClient } = useApolloClient();

  const templateChoices = computed(() => templates.result.value?.campaignTemplateChoices ?? []);
  const campaignWorkflows = computed(() => (workflows.result.value?.workflowDefinitions ?? []).filter((w) => w.entityType === 'campaign'));
  const taskWorkflows = computed(() => (workflows.result.value?.workflowDefinitions ?? []).filter((w) => w.entityType === 'task'));
  /** Participant workflows the organisation may use (its own, shared from above, the platform's participant.yaml). */
  const participantWorkflows = computed(() => (workflows.result.value?.workflowDefinitions ?? []).filter((w) => w.entityType === 'participant'));
  const departmentChoices = departments.nodes;
  const missing = computed(() => missingFields(form));

  /** Any change to the form makes the last preview stale. */
  function touched(): void {
    preview.value = null;
    created.value = null;
  }

  function chooseTemplate(id: string): void {
    form.templateId = id;
    const template = templateChoices.value.find((t) => t.id === id);
    if (template && !form.name.trim()) form.name = template.name.replace(/任务分解表$/, '');
    touched();
  }

  /** A template file (YAML) chosen in the browser: read as text, previewed by the server before anything is saved. */
  async function readTemplateFile(file: File): Promise<void> {
    touched();
    const problem = templateFileProblem(file.name);
    form.templateYaml = '';
    form.templateFileName = file.name;
    if (problem) {
      errorMessage.value = problem;
      return;
    }
    errorMessage.value = null;
    form.templateYaml = await file.text();
  }

  async function runPreview(): Promise<SetUpPreview | null> {
    if (missing.value.length > 0) {
      errorMessage.value = missing.value.join(tr('designer.missingSeparator'));
      return null;
    }
    previewing.value = true;
    errorMessage.value = null;
    try {
      const { data } = await resolveClient().query({ query: PreviewCampaignSetUpDocument, variables: { input: toSetUpInput(form) }, fetchPolicy: 'no-cache' });
      preview.value = data.previewCampaignSetUp;
      return preview.value;
    } catch (error) {
      preview.value = null;
      errorMessage.value = errorMessageOf(error);
      return null;
    } finally {
      previewing.value = false;
    }
  }

  async function create(): Promise<{ campaignId: string; tasks: number } | null> {
    // A template file whose campaign exists would change nothing: the preview said so.
    if (!preview.value || preview.value.existingCampaignId) return null;
    creating.value = true;
    errorMessage.value = null;
    try {
      const answer = (await setUp.mutate({ input: toSetUpInput(form) }))?.data?.setUpCampaign;
      if (!answer) throw new Error(tr('designer.noAnswer'));
      created.value = { campaignId: answer.campaignId, tasks: answer.tasks };
      const name = form.source === 'file' ? form.templateFileName : form.name.trim();
      ElMessage.success(tr('designer.created', { name, n: answer.tasks }));
      return created.value;
    } catch (error) {
      errorMessage.value = errorMessageOf(error);
      return null;
    } finally {
      creating.value = false;
    }
  }

  return {
    form,
    preview,
    created,
    errorMessage,
    previewing,
    creating,
    missing,
    templateChoices,
    campaignWorkflows,
    taskWorkflows,
    participantWorkflows,
    departmentChoices,
    touched,
    chooseTemplate,
    readTemplateFile,
    runPreview,
    create,
  };
}
