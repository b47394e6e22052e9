import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Department } from './department.entity';
import { DepartmentGroup } from './department-group.entity';
import { Organisation } from './organisation.entity';
import { DirectoryCommands } from './directory-commands.service';
import { DirectoryResolver } from './directory.resolver';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [MikroOrmModule.forFeature([Organisation, Department, DepartmentGroup])],
  providers: [OrganisationsService, OrganisationsResolver, DirectoryCommands, DirectoryResolver],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
