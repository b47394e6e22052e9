import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { DEPARTMENT_GROUP_USAGE, type DepartmentGroupUsage } from './department-group-usage.port';
import { DirectoryCommands } from './directory-commands.service';
import { DirectoryResolver } from './directory.resolver';
import { OrganisationsModule } from './organisations.module';

export interface DirectoryPorts {
  /**
   * Who still names a group (indicator systems' ResponsibleUnitGroupUsage): required, so an
   * unwired app fails at boot; instantiated here, as it needs only the caller's EntityManager.
   */
  groupUsage: Type<DepartmentGroupUsage>;
}

/** An organisation's directory commands (departments, groups, members): the part of organisations that asks the modules above it. */
@Module({})
export class DirectoryModule {
  static forRoot(ports: DirectoryPorts): DynamicModule {
    return {
      module: DirectoryModule,
      imports: [OrganisationsModule],
      providers: [{ provide: DEPARTMENT_GROUP_USAGE, useClass: ports.groupUsage }, DirectoryCommands, DirectoryResolver],
    };
  }
}
