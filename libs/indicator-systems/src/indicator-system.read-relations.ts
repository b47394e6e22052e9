import { readRelation } from '@accredit/db';

// What other modules may read of this module's rows inside a statement of their own (ADR 13).

/** Indicators of a system (a campaign's snapshot is a system of its own). */
export const INDICATOR_ROWS = readRelation(
  'indicator-systems.indicator',
  ['id', 'system_id', 'parent_id', 'code', 'title', 'max_score', 'level', 'sort_order', 'weight', 'scoring_mode', 'elective'],
  'select id, system_id, parent_id, code, title, max_score, level, sort_order, weight, scoring_mode, elective from indicator',
);

/** Scoring rules of an indicator; `params` is the kind's JSON as stored. */
export const SCORING_RULE_ROWS = readRelation(
  'indicator-systems.scoring-rule',
  ['id', 'indicator_id', 'code', 'text', 'points', 'kind', 'params', 'note', 'sort_order', 'organisation_owned'],
  'select id, indicator_id, code, text, points, kind, params, note, sort_order, organisation_owned from scoring_rule',
);

/** Evidence a rule's indicator asks for. */
export const EVIDENCE_REQUIREMENT_ROWS = readRelation(
  'indicator-systems.evidence-requirement',
  ['id', 'indicator_id', 'code', 'text', 'sort_order'],
  'select id, indicator_id, code, text, sort_order from evidence_requirement',
);

/** Who answers for a rule: a department or a group of them. */
export const RESPONSIBLE_UNIT_ROWS = readRelation(
  'indicator-systems.responsible-unit',
  ['id', 'rule_id', 'name', 'role', 'is_group', 'inherited', 'department_id', 'group_id', 'sort_order'],
  'select id, rule_id, name, role, is_group, inherited, department_id, group_id, sort_order from responsible_unit',
);
