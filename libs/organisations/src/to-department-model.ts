import type { Department } from './department.entity';
import type { DepartmentGroup } from './department-group.entity';
import { DepartmentGroupModel, DepartmentModel } from './department.model';

export function toDepartmentModel(department: Pick<Department, 'id' | 'name' | 'fullName' | 'kind' | 'tags'>): DepartmentModel {
  return Object.assign(new DepartmentModel(), {
    id: department.id,
    name: department.name,
    fullName: department.fullName ?? null,
    kind: department.kind,
    tags: department.tags,
  });
}

export function toDepartmentGroupModel(group: DepartmentGroup): DepartmentGroupModel {
  return Object.assign(new DepartmentGroupModel(), {
    id: group.id,
    name: group.name,
    description: group.description ?? null,
    source: group.source ?? null,
  });
}
