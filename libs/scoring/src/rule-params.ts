import { RULE_KINDS, type RuleKind, type RuleParams } from './rule-kind';
import { VERDICT_RULE_KIND } from './scoring-mode';

export type ParamsCheck = { ok: true; params: RuleParams; maximum: number } | { ok: false; problems: string[] };

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * Checks a rule's parameters against its kind and returns the most the rule can earn,
 * so that stated points can be compared with what the rule really allows.
 */
export function checkRuleParams(raw: Record<string, unknown>): ParamsCheck {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, problems: ['评分规则参数应为对象，例如 {kind: fixed, points: 1}'] };
  const problems: string[] = [];
  const kind = raw['kind'] as RuleKind;
  if ((raw['kind'] as string) === VERDICT_RULE_KIND) {
    return { ok: false, problems: ['「verdict」类规则不计分，按判定等级（如 达标 / 基本达标 / 未达标）判定：请记录判定结果，而不是分数'] };
  }
  if (!RULE_KINDS.includes(kind)) {
    return { ok: false, problems: [`未知的评分规则类型「${String(raw['kind'])}」，可用：${RULE_KINDS.join('、')}`] };
  }
  const need = (field: string): number => {
    const value = raw[field];
    if (!isNumber(value)) problems.push(`「${kind}」类规则缺少非负数参数 ${field}`);
    return isNumber(value) ? value : 0;
  };
  let maximum = 0;
  switch (kind) {
    case 'fixed':
      maximum = need('points');
      break;
    case 'range':
    case 'tiered': {
      const min = need('min');
      maximum = need('max');
      if (min > maximum) problems.push(`「${kind}」类规则的 min (${min}) 大于 max (${maximum})`);
      if (kind === 'tiered') {
        const step = raw['step'];
        if (step !== undefined && (!isNumber(step) || step <= 0)) problems.push('「tiered」类规则的档差 step 须为正数');
        const single = raw['singleApplicant'] as Record<string, unknown> | undefined;
        if (single !== undefined) {
          const ok = single !== null && typeof single === 'object' && single['kind'] === 'range' && isNumber(single['min']) && isNumber(single['max']) && single['min'] <= single['max'];
          if (!ok) problems.push('「tiered」类规则的 singleApplicant 须为 {kind: range, min, max}（只有一家申报单位时的评分区间）');
          else if ((single['max'] as number) > maximum) problems.push(`「tiered」类规则 singleApplicant 的最高分 ${String(single['max'])} 大于 max (${maximum})`);
        }
      }
      break;
    }
    case 'alternative': {
      const options = raw['options'];
      if (!Array.isArray(options) || options.length < 2) {
        problems.push('「alternative」类规则至少需要两个选项 options');
      } else {
        const labels = new Set<string>();
        options.forEach((option: { label?: unknown; points?: unknown }, index) => {
          if (typeof option?.label !== 'string' || !option.label.trim() || !isNumber(option?.points)) problems.push(`选项 ${index + 1} 需要 label 和 points`);
          else {
            if (labels.has(option.label)) problems.push(`选项「${option.label}」重复`);
            labels.add(option.label);
            maximum = Math.max(maximum, option.points);
          }
        });
      }
      break;
    }
    case 'perItem': {
      const each = need('each');
      maximum = need('cap');
      if (each > maximum) problems.push(`「perItem」类规则每项分值 each (${each}) 大于上限 cap (${maximum})`);
      break;
    }
    case 'conditionalCap': {
      need('min');
      maximum = need('max');
      const cap = need('cap');
      if (cap > maximum) problems.push(`「conditionalCap」类规则的封顶 cap (${cap}) 大于 max (${maximum})`);
      if (typeof raw['condition'] !== 'string') problems.push('「conditionalCap」类规则需要说明条件 condition');
      break;
    }
    case 'veto':
      if (typeof raw['condition'] !== 'string') problems.push('「veto」类规则需要说明否决条件 condition');
      break;
    case 'series': {
      maximum = need('points');
      const years = raw['years'];
      if (!Array.isArray(years) || years.length < 2 || !years.every((y) => Number.isInteger(y))) {
        problems.push('「series」类规则需要至少两个年份 years');
      }
      break;
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, params: raw as unknown as RuleParams, maximum };
}
