import type DataLoader from 'dataloader';
import { byKeys, groupByKeys, requestLoader } from '@accredit/api-kit';
import type { Department } from './department.entity';
import type { DepartmentGroup } from './department-group.entity';
import type { DepartmentRow, OrganisationsService } from './organisations.service';

/** Per-request loaders other modules use to resolve department fields without N+1. */
export function departmentLoader(context: object, service: OrganisationsService): DataLoader<string, DepartmentRow> {
  return requestLoader(context, 'department.byId', async (ids: readonly string[]) => byKeys(ids, await service.departmentsByIds(ids), (department) => department.id));
}

export function departmentGroupLoader(context: object, service: OrganisationsService): DataLoader<string, DepartmentGroup> {
  return requestLoader(context, 'departmentGroup.byId', async (ids: readonly string[]) => byKeys(ids, await service.groupsByIds(ids), (group) => group.id));
}

export function groupMembersLoader(context: object, service: OrganisationsService): DataLoader<string, Department[]> {
  return requestLoader(context, 'departmentGroup.members', async (ids: readonly string[]) =>
    groupByKeys(ids, await service.membersOfGroups(ids), (member) => member.groupId).map((members) => members.map((member) => member.department)),
  );
}
