import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DepartmentGroupUsage } from '@accredit/organisations';

/** The organisations directory's DepartmentGroupUsage: rules' responsible units that name a group (any indicator system). */
@Injectable()
export class ResponsibleUnitGroupUsage extends DepartmentGroupUsage {
  async responsibleUnits(groupId: string, em: EntityManager): Promise<number> {
    const [row] = await em.execute<{ n: number }[]>('select count(*)::int as n from responsible_unit where group_id = ?', [groupId]);
    return row.n;
  }
}
