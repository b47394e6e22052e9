import { type RuleParams, checkRuleParams } from '@accredit/scoring';

export type InferredScoring = { ok: true; scoring: RuleParams; points: number } | { ok: false; message: string };

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const DASH = String.raw`\s*(?:-|－|–|—|~|～|至|到)\s*`;
const RANGE = new RegExp(`${NUMBER}${DASH}${NUMBER}\\s*分`);
const AMOUNT = new RegExp(`${NUMBER}\\s*分`, 'g');

const num = (text: string) => Number(text);

/**
 * Removes explanatory notes in brackets that start with 注 (（注：…分值调为2分）): they talk about
 * other rules' points and must not be read as this rule's. Brackets may nest.
 */
export function withoutNotes(text: string): string {
  let out = '';
  let depth = 0;
  let skipping = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    const open = char === '（' || char === '(';
    const close = char === '）' || char === ')';
    if (!skipping && open && /^[（(]\s*注/.test(text.slice(i, i + 4))) {
      skipping = true;
      depth = 1;
      continue;
    }
    if (skipping) {
      if (open) depth += 1;
      else if (close) depth -= 1;
      if (depth === 0) skipping = false;
      continue;
    }
    out += char;
  }
  return out.trim();
}

const trimClause = (text: string) => text.replace(/^[\s，,。；;、：:（(]+|[\s，,。；;、：:）)]+$/g, '');

/** "2020年以来有表彰1分" → label "2020年以来有表彰"; "如…有表彰得0.5分" → "…有表彰". */
function optionLabel(clause: string): string {
  return trimClause(clause.replace(new RegExp(`(?:得|计|记)?\\s*${NUMBER}\\s*分\\s*$`), '').replace(/^(?:如|若|如果)/, ''));
}

/** Clauses of a rule: split on ；/; and on bracketed alternatives （如…）. */
function clauses(text: string): string[] {
  return text
    .replace(/[（(]\s*((?:如|若)[^（）()]*)[）)]/g, '；$1；')
    .split(/[；;。]/)
    .map(trimClause)
    .filter(Boolean);
}

function done(scoring: RuleParams): InferredScoring {
  const checked = checkRuleParams(scoring);
  if (!checked.ok) return { ok: false, message: checked.problems.join('；') };
  return { ok: true, scoring, points: checked.maximum };
}

/**
 * Reads how a rule scores from its text, the way the standards write it:
 * 「…1分」 fixed · 「视情况得0-3分」 range · 「有…3分；无…但…1分」 alternative ·
 * 「在1到5分间…分档赋分」 tiered · 「每承担1项…得2分，最高不超过4分」 perItem ·
 * 「得0-4分（如…，最高得2分）」 conditionalCap · 「如…，取消创建资格」 veto ·
 * 「2018-2020年…逐年递增2分，否则不得分」 series.
 * Returns a Chinese message when the text names no points it can read.
 */
export function inferScoring(ruleText: string): InferredScoring {
  const text = withoutNotes(ruleText.replace(/\s+/g, ' ').trim());

  const veto = /^(?:如|若|如果)?(.+?)[，,]\s*(?:则)?(?:取消[^，,。]*资格|一票否决)/.exec(text);
  if (veto || /一票否决/.test(text)) return done({ kind: 'veto', condition: trimClause(veto ? veto[1] : text.replace(/一票否决/, '')) });

  if (/分档赋分|分档计分|分档打分/.test(text)) {
    const band = new RegExp(`在\\s*${NUMBER}${DASH}${NUMBER}\\s*分`).exec(text) ?? RANGE.exec(text.slice(text.search(/分档/) - 40));
    if (band) {
      const scoring: Extract<RuleParams, { kind: 'tiered' }> = { kind: 'tiered', min: num(band[1]), max: num(band[2]) };
      const basis = /按(?:照)?(.+?)[，,]\s*在/.exec(text);
      if (basis) scoring.basis = trimClause(basis[1]);
      if (/由高到低/.test(text)) scoring.order = 'desc';
      else if (/由低到高/.test(text)) scoring.order = 'asc';
      const single = new RegExp(`只有\\s*(?:1|一)\\s*家.*?${NUMBER}${DASH}${NUMBER}\\s*分`).exec(text);
      if (single) scoring.singleApplicant = { kind: 'range', min: num(single[1]), max: num(single[2]) };
      return done(scoring);
    }
  }

  const series = new RegExp(`((?:19|20)\\d{2})${DASH}((?:19|20)\\d{2})\\s*年(.*?逐年(?:递增|增长|提高|增加))[，,]?\\s*(?:得)?\\s*${NUMBER}\\s*分`).exec(text);
  if (series) {
    const [from, to] = [num(series[1]), num(series[2])];
    if (to > from && to - from < 50) {
      const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
      return done({ kind: 'series', points: num(series[4]), years, condition: trimClause(series[3]) });
    }
  }

  const perItem = new RegExp(
    `每(?:承担|有|开展|获得|举办|建成|新增)?\\s*(?:1|一)\\s*(?:项|个|次|场|处|家|所)(.*?)[，,]\\s*(?:得|计|加)?\\s*${NUMBER}\\s*分[，,]?\\s*(?:最高|最多|累计)(?:不超过|不得超过|得|计)?\\s*${NUMBER}\\s*分`,
  ).exec(text);
  if (perItem) {
    const scoring: Extract<RuleParams, { kind: 'perItem' }> = { kind: 'perItem', each: num(perItem[2]), cap: num(perItem[3]) };
    if (trimClause(perItem[1])) scoring.item = trimClause(perItem[1]);
    return done(scoring);
  }

  const range = RANGE.exec(text);
  if (range) {
    const cap = new RegExp(`(?:如|若|如果)(.+?)[，,]\\s*(?:则)?\\s*最高(?:得|不超过|不得超过|只得|计)?\\s*${NUMBER}\\s*分`).exec(text);
    if (cap) return done({ kind: 'conditionalCap', min: num(range[1]), max: num(range[2]), cap: num(cap[2]), condition: trimClause(cap[1]) });
    return done({ kind: 'range', min: num(range[1]), max: num(range[2]) });
  }

  const amounts = [...text.matchAll(AMOUNT)].map((match) => num(match[1]));
  if (amounts.length === 0) return { ok: false, message: '评分规则中没有可识别的分值（如「…2分」「得0-3分」）' };
  if (new Set(amounts).size === 1) return done({ kind: 'fixed', points: amounts[0] });

  const options = clauses(text)
    .map((clause) => ({ clause, amount: [...clause.matchAll(AMOUNT)].map((match) => num(match[1])) }))
    .filter((entry) => entry.amount.length === 1)
    .map((entry) => ({ label: optionLabel(entry.clause), points: entry.amount[0] }));
  if (options.length >= 2 && options.every((option) => option.label)) return done({ kind: 'alternative', options });
  return { ok: false, message: `评分规则中有多个分值（${amounts.join('、')} 分），无法判断计分方式，请填写「规则分值」和「计分参数」列` };
}
