import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation } from './organisation.entity';
import { NATIONAL_CODE, canContain, levelOfCode, parentCodesOf } from './tree/organisation-level';
import { childPath } from './tree/organisation-path';

export interface OrganisationByCode {
  code: string;
  name: string;
  shortName: string;
}

/**
 * The organisation with this 行政区划代码, created in the caller's transaction when it is new
 * (a template names a district the tree does not have yet): placed under its city when that
 * exists, else its province, else the national root — 500107 under 重庆市 (500000). Its level
 * comes from the code (a code that is not six digits is taken for a county).
 */
export async function findOrPlaceOrganisation(em: EntityManager, wanted: OrganisationByCode): Promise<Organisation> {
  const existing = await em.findOne(Organisation, { code: wanted.code });
  if (existing) return existing;
  const level = levelOfCode(wanted.code) ?? 'county';
  const candidates = await em.find(Organisation, { code: { $in: [...parentCodesOf(wanted.code), NATIONAL_CODE] } });
  const byCode = new Map(candidates.map((candidate) => [candidate.code, candidate]));
  const parent = [...parentCodesOf(wanted.code), NATIONAL_CODE].map((code) => byCode.get(code)).find((candidate): candidate is Organisation => !!candidate && canContain(candidate.level, level));
  if (!parent) throw new Error(`组织机构树缺少全国根节点（${NATIONAL_CODE}），请先执行数据库迁移`);
  const organisation = em.create(Organisation, { code: wanted.code, name: wanted.name, shortName: wanted.shortName, level, parent, path: '' });
  organisation.path = childPath(parent.path, organisation.id);
  return organisation;
}
