import { Context, Field, Int, Mutation, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { AppError, requireActor } from '@accredit/api-kit';
import { TaskModel } from '@accredit/tasks';
import { WorkflowDefinitionsService } from '@accredit/workflow-runtime';
import { chinaToday, daysUntil, deadlineStatus } from './deadline-status';
import { ReminderScanService } from './reminder-scan.service';
import { REMINDER_SETTINGS, type ReminderSettings } from './reminder-settings';

@ObjectType('ReminderScanResult', { description: '一次到期提醒扫描的结果' })
export class ReminderScanResultModel {
  @Field({ description: '另一进程正在扫描，本次未执行' })
  skipped!: boolean;

  @Field({ description: '扫描日（中国日期）' })
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

@Resolver(() => TaskModel)
export class RemindersResolver {
  constructor(
    private readonly scanner: ReminderScanService,
    private readonly workflows: WorkflowDefinitionsService,
    @Inject(REMINDER_SETTINGS) private readonly settings: ReminderSettings,
  ) {}

  @Mutation(() => ReminderScanResultModel, { description: '立即扫描本单位到期和逾期任务并提醒责任部门（每项任务每天最多一次）' })
  async runReminderScan(@Context() context: object): Promise<ReminderScanResultModel> {
    // The caller's own organisation only: one district's office never reminds the whole country.
    const actor = requireActor(context);
    if (!actor.organisationId) throw AppError.validation('系统管理员不属于任何单位：到期提醒按单位自动扫描，请由各单位办公室管理员发起');
    return Object.assign(new ReminderScanResultModel(), await this.scanner.scan(new Date(), { organisationId: actor.organisationId }));
  }

  @ResolveField(() => String, { description: '到期状态：overdue 已逾期（红）、due-soon 即将到期（黄）、on-track 正常、done 已完成' })
  async deadlineStatus(@Parent() task: TaskModel, @Context() context: object): Promise<string> {
    // The campaign's pinned task workflow: one batched lookup per request, shared with stateLabel.
    const { finals } = this.workflows.summaryOf(await this.workflows.taskDefinitionOfCampaign(context, task.campaignId));
    const final = finals.has(task.state);
    return deadlineStatus(task.dueOn, chinaToday(), final, this.settings.warningDays);
  }

  @ResolveField(() => Int, { description: '距截止日的天数（负数为已逾期天数）' })
  daysUntilDue(@Parent() task: TaskModel): number {
    return daysUntil(task.dueOn, chinaToday());
  }
}
