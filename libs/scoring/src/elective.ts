import { ELECTIVE_COUNTINGS, type ElectiveGroup } from './scoring-mode';

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** How many options count towards the group's maximum: `best` (bestN) or `min` (normalise). */
export function electiveCountedOptions(group: ElectiveGroup): number {
  return group.counting === 'bestN' ? (group.best ?? group.min) : group.min;
}

/**
 * Checks an elective group against the number of its options: 1 ≤ min ≤ max ≤ options, at least
 * two options, and for bestN 1 ≤ best ≤ min (the best `best` of at least `min` chosen count).
 */
export function checkElectiveGroup(group: ElectiveGroup, options: number): string[] {
  const problems: string[] = [];
  if (!group || typeof group !== 'object') return ['选做组应写成 {min, max, counting}'];
  if (!isCount(group.min) || group.min < 1) problems.push(`选做组至少要选 1 项（min 为 ${String(group.min)}）`);
  if (!isCount(group.max) || group.max < 1) problems.push(`选做组最多可选的项数（max 为 ${String(group.max)}）须为正整数`);
  if (problems.length === 0 && group.min > group.max) problems.push(`选做组至少选 ${group.min} 项，却最多只能选 ${group.max} 项`);
  if (!ELECTIVE_COUNTINGS.includes(group.counting)) problems.push(`选做组的计分方式「${String(group.counting)}」无效，可用：normalise（按所选项折算）、bestN（取最好的 N 项）`);
  if (options < 2) problems.push(`选做组需要至少两个可选的下级指标，现有 ${options} 个`);
  else if (isCount(group.max) && group.max > options) problems.push(`选做组最多可选 ${group.max} 项，但只有 ${options} 个可选的下级指标`);
  if (group.best !== undefined) {
    if (group.counting !== 'bestN') problems.push('只有 bestN（取最好的 N 项）计分时才需要 best');
    else if (!isCount(group.best) || group.best < 1) problems.push(`计分的项数 best (${String(group.best)}) 须为正整数`);
    else if (isCount(group.min) && group.best > group.min) problems.push(`取最好的 ${group.best} 项计分，但至少只需选 ${group.min} 项`);
  }
  return problems;
}

/** Checks a participant's choice: known options, none twice, between min and max of them. */
export function checkElectiveChoice(group: ElectiveGroup, options: readonly string[], chosen: readonly string[]): string[] {
  const problems: string[] = [];
  const unknown = chosen.filter((option) => !options.includes(option));
  if (unknown.length > 0) problems.push(`选择了不属于本选做组的项：${unknown.join('、')}`);
  if (new Set(chosen).size !== chosen.length) problems.push('同一项选择了两次');
  const count = new Set(chosen.filter((option) => options.includes(option))).size;
  if (count < group.min) problems.push(`至少要选 ${group.min} 项，现选 ${count} 项`);
  if (count > group.max) problems.push(`最多可选 ${group.max} 项，现选 ${count} 项`);
  return problems;
}

/**
 * The group in words, as the tables write it: 任选2项 · 至少选1项，最多选3项 · …，取最好的2项计分.
 * The table reader reads this text back to the same group.
 */
export function describeElective(group: ElectiveGroup): string {
  const choose = group.min === group.max ? `任选${group.min}项` : `至少选${group.min}项，最多选${group.max}项`;
  return group.counting === 'bestN' ? `${choose}，取最好的${group.best ?? group.min}项计分` : choose;
}

/**
 * A campaign's choice in an elective group, in the words every screen and export shows:
 * 选做：已选 2 项（任选2项） once chosen, 选做：尚未选择，各项暂都计入（任选2项） before. `chosen`
 * is the number of options chosen, null while no choice is recorded.
 */
export function describeElectiveChoice(group: ElectiveGroup, chosen: number | null): string {
  return chosen === null ? `选做：尚未选择，各项暂都计入（${describeElective(group)}）` : `选做：已选 ${chosen} 项（${describeElective(group)}）`;
}
