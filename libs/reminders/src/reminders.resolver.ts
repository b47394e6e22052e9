import { Args, Context, Field, Int, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { LocalDateScalar, requireActor } from '@accredit/api-kit';
import { TaskModel } from '@accredit/tasks';
import { WorkflowDefinitionsService } from '@accredit/workflow-runtime';
import type { WorkflowDefinition } from '@accredit/workflow-engine';
import { todayInChina } from '@accredit/calendar-date';
import { daysUntil, deadlineStatus } from './deadline-status';
import { RemindDepartmentInput, RemindTaskInput, TaskReminderModel } from './manual-reminders.model';
import { ManualRemindersService } from './manual-reminders.service';
import { ReminderScanService } from './reminder-scan.service';
import { REMINDER_SETTINGS, type ReminderSettings } from './reminder-settings';
import { DeadlineStatusEnum } from './deadline-status.enum';
import { RemindersRefusal, remindersError } from './reminders.exception';

/** Today in China, once per request: every row of a page is judged against the same day, even across midnight. */
const todayByRequest = new WeakMap<object, string>();
function todayOf(context: object): string {
  let today = todayByRequest.get(context);
  if (today === undefined) todayByRequest.set(context, (today = todayInChina()));
  return today;
}

@ObjectType('ReminderScanResult', { description: '一次到期提醒扫描的结果' })
export class ReminderScanResultModel {
  @Field({ description: '另一进程正在扫描，本次未执行' })
  skipped!: boolean;

  @Field(() => LocalDateScalar, { description: '扫描日（中国日期）' })
  day!: string;

  @Field(() => Int, { description: '本次新提醒的任务数（同一任务每天只提醒一次）' })
  tasksReminded!: number;

  @Field(() => Int, { description: '收到提醒的部门数' })
  departments!: number;

  @Field(() => Int, { description: '已发出的邮件和群消息' })
  delivered!: number;

  @Field(() => Int, { description: '发送失败（下次扫描重试）' })
  failed!: number;
}

@ObjectType('ReminderPreview', { description: '立即扫描将提醒的范围（未发送）：用于发送前确认' })
export class ReminderPreviewModel {
  @Field(() => LocalDateScalar, { description: '扫描日（中国日期）' })
  day!: string;

  @Field(() => Int, { description: '将提醒的任务数（今天已提醒过的不再提醒）' })
  tasks!: number;

  @Field(() => Int, { description: '其中已逾期的任务数' })
  overdue!: number;

  @Field(() => Int, { description: '将收到提醒的部门数' })
  departments!: number;
}

@Resolver(() => TaskModel)
export class RemindersResolver {
  constructor(
    private readonly scanner: ReminderScanService,
    private readonly manual: ManualRemindersService,
    private readonly workflows: WorkflowDefinitionsService,
    @Inject(REMINDER_SETTINGS) private readonly settings: ReminderSettings,
  ) {}

  @Mutation(() => ReminderScanResultModel, { description: '立即扫描本单位到期和逾期任务并提醒责任部门（每项任务每天最多一次）' })
  async runReminderScan(@Context() context: object): Promise<ReminderScanResultModel> {
    // The caller's own organisation only: one district's office never reminds the whole country.
    const actor = requireActor(context);
    if (!actor.organisationId) throw remindersError(RemindersRefusal.NoOrganisation, '系统管理员不属于任何单位：到期提醒按单位自动扫描，请由各单位办公室管理员发起');
    return Object.assign(new ReminderScanResultModel(), await this.scanner.scan(new Date(), { organisationId: actor.organisationId }));
  }

  @Query(() => ReminderPreviewModel, { description: '立即扫描本单位将提醒多少部门、多少任务（不发送）：发送催办前确认用' })
  async reminderPreview(@Context() context: object): Promise<ReminderPreviewModel> {
    const actor = requireActor(context);
    if (!actor.organisationId) throw remindersError(RemindersRefusal.NoOrganisation, '系统管理员不属于任何单位：到期提醒按单位自动扫描，请由各单位办公室管理员发起');
    return Object.assign(new ReminderPreviewModel(), await this.scanner.preview(new Date(), actor.organisationId));
  }

  @Mutation(() => TaskReminderModel, { description: '催办一项任务：通知其责任部门在用的账号（通常是联络员；同一任务每小时最多一次）；答复催办了哪项任务、哪个部门、几个账号收到' })
  async remindTask(@Args('input') input: RemindTaskInput, @Context() context: object): Promise<TaskReminderModel> {
    return Object.assign(new TaskReminderModel(), await this.manual.urgeTask(requireActor(context), input.taskId));
  }

  @Mutation(() => Int, { description: '催办一个部门在本创建工作中的全部未完成任务（同一部门每小时最多一次）；返回涉及的任务数' })
  async remindDepartment(@Args('input') input: RemindDepartmentInput, @Context() context: object): Promise<number> {
    return this.manual.urgeDepartment(requireActor(context), input.campaignId, input.departmentId);
  }

  @ResolveField(() => DeadlineStatusEnum, { description: '到期状态' })
  deadlineStatus(task: TaskModel, _args: unknown, context: object): string | Promise<string> {
    // The campaign's pinned task workflow: known to the process (no promise per row), else one
    // batched lookup per request, shared with stateLabel. GraphQL's own arguments, not
    // @Parent()/@Context(): Nest calls per-row fields without parameter decorators directly.
    const status = (definition: WorkflowDefinition) => deadlineStatus(task.dueOn, todayOf(context), this.workflows.summaryOf(definition).finals.has(task.state), this.settings.warningDays);
    const known = this.workflows.knownTaskDefinition(task.campaignId);
    return known ? status(known) : this.workflows.taskDefinitionOfCampaign(context, task.campaignId).then(status);
  }

  @ResolveField(() => Int, { description: '距截止日的天数（负数为已逾期天数）' })
  daysUntilDue(task: TaskModel, _args: unknown, context: object): number {
    return daysUntil(task.dueOn, todayOf(context));
  }
}
