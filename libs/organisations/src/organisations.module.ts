import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AuditOrganisationLink } from './audit-organisation-link.resolver';
import { Department } from './department.entity';
import { DepartmentGroup } from './department-group.entity';
import { DepartmentKindRecord } from './department-kind.entity';
import { DepartmentKindResolver } from './department-kind.resolver';
import { DepartmentKindsService } from './department-kinds.service';
import { Organisation } from './organisation.entity';
import { OrganisationTreeCommands } from './organisation-tree-commands.service';
import { OrganisationTreeResolver } from './organisation-tree.resolver';
import { OrganisationTreeService } from './organisation-tree.service';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

/** Organisations, their tree, departments and kinds; the directory's commands live in DirectoryModule (they ask indicator systems). */
@Module({
  imports: [MikroOrmModule.forFeature([Organisation, Department, DepartmentGroup, DepartmentKindRecord])],
  providers: [
    OrganisationsService,
    OrganisationsResolver,
    OrganisationTreeService,
    OrganisationTreeCommands,
    OrganisationTreeResolver,
    DepartmentKindsService,
    DepartmentKindResolver,
    AuditOrganisationLink,
  ],
  exports: [OrganisationsService, OrganisationTreeService, DepartmentKindsService],
})
export class OrganisationsModule {}
