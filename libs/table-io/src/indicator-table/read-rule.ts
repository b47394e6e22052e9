import { checkRuleParams, parseRuleParams, VERDICT_RULE_KIND } from '@accredit/scoring';
import type { TableRule } from '../indicator-table';
import { type InferredScoring, inferScoring } from './infer-scoring';
import { parsePoints } from './parse-cells';
import type { ProblemSink } from './problem-sink';

/** A rule row as written, before it is known whether its subtree scores points or verdicts. */
export interface RawRule {
  row: number;
  text: string;
  pointsText: string;
  scoringText: string;
  /** The 责任单位 cell ('' when blank or covered by a merge). */
  unitsText: string;
  note: string;
  /** Read once, when first needed. */
  inferred?: InferredScoring;
}

/** What to do about parameters that do not fit their kind. */
const FIX_PARAMS = '请按该类型的参数改正「计分参数」列，不确定时留空，由评分规则文字识别';

const round = (value: number) => Math.round(value * 100) / 100;

export function inferred(raw: RawRule): InferredScoring {
  raw.inferred ??= inferScoring(raw.text);
  return raw.inferred;
}

/** The scoring parameters of the 计分参数 cell, or undefined when it is blank or not JSON. */
function statedParams(raw: RawRule): { ok: true; params: Record<string, unknown> | null } | { ok: false } {
  if (!raw.scoringText) return { ok: true, params: null };
  try {
    const value = JSON.parse(raw.scoringText) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? { ok: true, params: value as Record<string, unknown> } : { ok: false };
  } catch {
    return { ok: false };
  }
}

/** This rule row says it earns points: a 规则分值 above 0, parameters worth points, or points in its text. */
export function rawRuleHasPoints(raw: RawRule): boolean {
  const stated = raw.pointsText ? parsePoints(raw.pointsText) : null;
  if (stated !== null && stated > 0) return true;
  const params = statedParams(raw);
  if (params.ok && params.params) {
    const checked = checkRuleParams(params.params);
    return checked.ok && checked.maximum > 0;
  }
  if (raw.pointsText || raw.scoringText) return false;
  const read = inferred(raw);
  return read.ok && read.points > 0;
}

/**
 * A rule of a scored subtree: points and kind from 计分参数 (JSON) when given, checked against
 * 规则分值; else from the rule text (inferScoring), checked against 规则分值; else 规则分值 alone
 * (judged within 0..points). Rules whose points could not be read are added to `unknownPoints`.
 */
export function readPointsRule(raw: RawRule, problems: ProblemSink, unknownPoints: WeakSet<TableRule>): TableRule {
  const rule: TableRule = { text: raw.text, points: 0, scoring: { kind: 'fixed', points: 0 }, units: [], note: raw.note };
  const { row } = raw;
  let stated: number | null = null;
  if (raw.pointsText) {
    stated = parsePoints(raw.pointsText);
    if (stated === null) problems.error('BAD_POINTS', row, 'rulePoints', `规则分值「${raw.pointsText}」不是有效的分值（应为非负数，最多两位小数）`);
  }
  if (raw.scoringText) {
    const params = statedParams(raw);
    if (!params.ok) {
      unknownPoints.add(rule);
      problems.error('BAD_PARAMS', row, 'scoring', '计分参数不是有效的 JSON，例如 {"kind":"range","min":0,"max":3}；不确定时请留空，由评分规则文字识别');
      return rule;
    }
    const checked = parseRuleParams(params.params ?? {});
    if (!checked.ok) {
      unknownPoints.add(rule);
      checked.problems.forEach((message) => problems.error('BAD_PARAMS', row, 'scoring', `计分参数有误：${message}；${FIX_PARAMS}`));
      return rule;
    }
    rule.scoring = checked.params;
    rule.points = stated ?? checked.maximum;
    if (stated !== null && round(stated) !== round(checked.maximum)) {
      problems.error('POINTS_MISMATCH', row, 'rulePoints', `规则分值 ${stated} 与计分参数允许的最高分 ${checked.maximum} 不一致`);
    }
    return rule;
  }
  const read = inferred(raw);
  if (read.ok) {
    rule.scoring = read.scoring;
    rule.points = read.points;
    if (stated !== null && round(stated) !== round(read.points)) {
      problems.error('POINTS_MISMATCH', row, 'rulePoints', `规则分值 ${stated} 与评分规则文字中的最高分 ${read.points} 不一致：请改正其一，或在「计分参数」列写明计分方式`);
    }
  } else if (stated !== null) {
    // Points stated but the text says nothing readable: the scorer judges within 0..points.
    rule.scoring = { kind: 'range', min: 0, max: stated };
    rule.points = stated;
  } else {
    unknownPoints.add(rule);
    problems.error('MISSING_POINTS', row, 'rule', `${read.message}：请在评分规则中写明分值，或填写「规则分值」列`);
  }
  return rule;
}

/**
 * A rule of a checklist (verdicts) subtree: judged 达标 / 基本达标 / 未达标, no points — unless it
 * is a veto (「…取消创建资格」), which stays a veto. Parameters of a points kind are a problem.
 */
export function readVerdictRule(raw: RawRule, problems: ProblemSink): TableRule {
  const rule: TableRule = { text: raw.text, points: 0, scoring: { kind: VERDICT_RULE_KIND }, units: [], note: raw.note };
  const params = statedParams(raw);
  if (!params.ok) {
    problems.error('BAD_PARAMS', raw.row, 'scoring', '计分参数不是有效的 JSON：不计分的规则可以留空，或写 {"kind":"verdict"}');
    return rule;
  }
  if (params.params) {
    const kind = params.params['kind'];
    if (kind === 'veto') {
      const checked = parseRuleParams(params.params);
      if (checked.ok) rule.scoring = checked.params;
      else checked.problems.forEach((message) => problems.error('BAD_PARAMS', raw.row, 'scoring', `计分参数有误：${message}；${FIX_PARAMS}`));
    } else if (kind !== VERDICT_RULE_KIND || Object.keys(params.params).length > 1) {
      problems.error('BAD_SCORING_MODE', raw.row, 'scoring', `这条规则在不计分（达标判定）的部分，计分参数应为 {"kind":"verdict"} 或一票否决，不能是「${String(kind)}」`);
    }
    return rule;
  }
  const read = inferred(raw);
  if (read.ok && read.scoring.kind === 'veto') rule.scoring = read.scoring;
  return rule;
}
