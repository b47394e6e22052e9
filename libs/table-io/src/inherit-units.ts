import type { TableIndicator } from './indicator-table';

export interface UnitAssignment {
  name: string;
  /** 牵头: the first unit written in the cell; the others are 配合. */
  role: 'lead' | 'support';
  /** The cell was blank and the units come from the row above. */
  inherited: boolean;
}

/**
 * In the original tables a merged 责任单位 cell shows only on its first row, so a blank cell
 * inherits the units of the row above within the same indicator (never across indicators).
 * Returns one list per rule, in rule order. An empty list means the rule is the organisation's
 * own work (a task for its office): no units anywhere above, or marked `organisationOwned`
 * (「本单位」), which the blank cells below it inherit in turn.
 */
export function inheritUnits(indicator: TableIndicator): UnitAssignment[][] {
  let current: string[] = [];
  return indicator.rules.map((rule) => {
    if (rule.organisationOwned) current = [];
    const inherited = rule.units.length === 0 && !rule.organisationOwned;
    if (rule.units.length > 0) current = rule.units;
    return current.map((name, index) => ({ name, role: index === 0 ? 'lead' : 'support', inherited }));
  });
}
