/** A rule's units as bound in a campaign snapshot. */
export interface BoundUnit {
  role: 'lead' | 'support';
  departmentId: string | null;
  groupId: string | null;
}

export interface Assignment {
  departmentId: string;
  role: 'lead' | 'support';
}

/**
 * Turns a rule's units into one assignment per department: groups expand to their members,
 * a department named twice gets one task, and 牵头 wins over 配合 when both apply. A rule with no
 * units is the organisation's own work: with `officeDepartmentId` it is one task (牵头) for the
 * organisation's office, never an error.
 */
export function expandResponsibilities(units: BoundUnit[], membersOf: (groupId: string) => string[], officeDepartmentId: string | null = null): Assignment[] {
  if (units.length === 0) return officeDepartmentId ? [{ departmentId: officeDepartmentId, role: 'lead' }] : [];
  const assignments = new Map<string, Assignment>();
  for (const unit of units) {
    const departments = unit.departmentId ? [unit.departmentId] : unit.groupId ? membersOf(unit.groupId) : [];
    for (const departmentId of departments) {
      const known = assignments.get(departmentId);
      if (!known) assignments.set(departmentId, { departmentId, role: unit.role });
      else if (unit.role === 'lead') known.role = 'lead';
    }
  }
  return [...assignments.values()];
}
