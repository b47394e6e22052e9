export * from './organisation.entity';
export * from './department.entity';
export * from './department-group.entity';
export * from './department-kind';
export * from './department.model';
export * from './to-department-model';
export * from './department-loaders';
export * from './organisations.service';
export * from './organisations.module';

import { Department } from './department.entity';
import { DepartmentGroup } from './department-group.entity';
import { Organisation } from './organisation.entity';
export const ORGANISATION_ENTITIES = [Organisation, Department, DepartmentGroup];
