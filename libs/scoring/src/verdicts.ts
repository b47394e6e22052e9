import { hasAtMostTwoDecimals } from './points';
import { DEFAULT_VERDICT_SCALE, VERDICT_ROLL_UPS, type VerdictScale } from './scoring-mode';

/** Checks a verdict scale: at least two verdicts, distinct labels, values all or none and falling. */
export function checkVerdictScale(scale: VerdictScale): string[] {
  const problems: string[] = [];
  const options = Array.isArray(scale?.options) ? scale.options : [];
  if (options.length < 2) problems.push('判定等级至少需要两个（如 达标、未达标），按从好到差排列');
  const labels = new Set<string>();
  options.forEach((option, index) => {
    const label = typeof option?.label === 'string' ? option.label.trim() : '';
    if (!label) problems.push(`第 ${index + 1} 个判定等级没有名称`);
    else if (labels.has(label)) problems.push(`判定等级「${label}」重复`);
    labels.add(label);
  });
  const valued = options.filter((option) => option?.value !== undefined && option?.value !== null);
  if (valued.length > 0 && valued.length < options.length) problems.push('判定等级的分值（value）要么都填，要么都不填');
  if (valued.length === options.length && options.length > 0) {
    if (!options.every((option) => typeof option.value === 'number' && Number.isFinite(option.value) && hasAtMostTwoDecimals(option.value))) {
      problems.push('判定等级的分值（value）须为数，最多两位小数');
    } else if (options.some((option, index) => index > 0 && (option.value as number) >= (options[index - 1]!.value as number))) {
      problems.push('判定等级须从好到差排列，分值（value）依次减小');
    }
  }
  const rollUp = scale?.rollUp ?? 'worst';
  if (!VERDICT_ROLL_UPS.includes(rollUp)) problems.push(`未知的汇总方式「${String(rollUp)}」，可用：${VERDICT_ROLL_UPS.join('、')}`);
  else if (rollUp === 'mean' && valued.length !== options.length) problems.push('按平均值汇总（mean）需要为每个判定等级填写分值（value）');
  return problems;
}

/** What a judge records for a verdict rule. */
export interface VerdictInput {
  kind: 'verdict';
  verdict: string;
}

export type VerdictCheck = { ok: true; input: VerdictInput; verdict: string; explanation: string } | { ok: false; problems: string[] };

/**
 * Judges one rule of a checklist: the input `{verdict}` must be one of the scale's labels.
 * Chinese problems, never an exception; the returned input is what is stored.
 */
export function judgeRule(rawInput: unknown, scale: VerdictScale = DEFAULT_VERDICT_SCALE): VerdictCheck {
  const labels = scale.options.map((option) => option.label);
  if (rawInput === null || typeof rawInput !== 'object' || Array.isArray(rawInput)) {
    return { ok: false, problems: [`判定内容应为对象，例如 {verdict: "${labels[0]}"}`] };
  }
  const raw = rawInput as Record<string, unknown>;
  if (raw['kind'] !== undefined && raw['kind'] !== 'verdict') return { ok: false, problems: [`判定内容的类型「${String(raw['kind'])}」不是 verdict`] };
  const unknown = Object.keys(raw).filter((key) => key !== 'kind' && key !== 'verdict');
  if (unknown.length > 0) return { ok: false, problems: [`判定内容不认识的字段：${unknown.join('、')}（只需 verdict）`] };
  const verdict = typeof raw['verdict'] === 'string' ? raw['verdict'].trim() : '';
  if (!labels.includes(verdict)) return { ok: false, problems: [`请选择判定结果：${labels.join(' / ')}${verdict ? `（收到「${verdict}」）` : ''}`] };
  return { ok: true, input: { kind: 'verdict', verdict }, verdict, explanation: `判定：${verdict}` };
}

/** How many rules got each verdict, and the verdict of the whole. */
export interface VerdictTally {
  /** One entry per verdict of the scale, in its order (best first). */
  counts: { label: string; count: number }[];
  /** Rules with a verdict. */
  judged: number;
  /** Rules to be judged. */
  items: number;
  /** The rolled-up verdict; null while it is not known yet (see rollUpVerdicts). */
  verdict: string | null;
}

/**
 * The verdict of a node from the verdicts of the rules below it (null = not judged yet), by the
 * scale's roll-up rule. `worst`: the worst verdict once all are judged, or as soon as one rule
 * has the scale's worst verdict (nothing can improve it). `mean`: once all are judged, the best
 * verdict whose value is at most the mean value. No rules: null.
 */
export function rollUpVerdicts(verdicts: readonly (string | null)[], scale: VerdictScale = DEFAULT_VERDICT_SCALE): string | null {
  if (verdicts.length === 0) return null;
  const options = scale.options;
  const rank = (label: string) => options.findIndex((option) => option.label === label);
  const given = verdicts.filter((verdict): verdict is string => verdict !== null && rank(verdict) >= 0);
  const complete = given.length === verdicts.length;
  if ((scale.rollUp ?? 'worst') === 'worst') {
    const worst = given.reduce((found, verdict) => Math.max(found, rank(verdict)), -1);
    if (worst === options.length - 1 || (complete && worst >= 0)) return options[worst]!.label;
    return null;
  }
  if (!complete) return null;
  const mean = given.reduce((sum, verdict) => sum + (options[rank(verdict)]!.value ?? 0), 0) / given.length;
  return (options.find((option) => (option.value ?? 0) <= mean + 1e-9) ?? options[options.length - 1]!).label;
}

/** Counts per verdict and the rolled-up verdict of a list of rule verdicts. */
export function tallyVerdicts(verdicts: readonly (string | null)[], scale: VerdictScale = DEFAULT_VERDICT_SCALE): VerdictTally {
  return {
    counts: scale.options.map((option) => ({ label: option.label, count: verdicts.filter((verdict) => verdict === option.label).length })),
    judged: verdicts.filter((verdict) => verdict !== null && scale.options.some((option) => option.label === verdict)).length,
    items: verdicts.length,
    verdict: rollUpVerdicts(verdicts, scale),
  };
}
