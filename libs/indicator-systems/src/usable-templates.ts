import type { EntityManager } from '@mikro-orm/postgresql';
import { isUsableBy, pickByOwnership } from '@accredit/organisations';
import { IndicatorSystem } from './indicator-system.entity';

const owned = (system: IndicatorSystem) => ({ system, ownerId: system.owner?.id ?? null, shareWithDescendants: system.shareWithDescendants, version: system.version });

/**
 * Templates of one key an organisation may use — its own, those its ancestors share, the
 * platform's — newest first. `chain` is the organisation and its ancestors, nearest first.
 */
export async function usableTemplates(em: EntityManager, key: string, chain: readonly string[]): Promise<IndicatorSystem[]> {
  const systems = await em.find(IndicatorSystem, { key, kind: 'template', $or: [{ owner: null }, { owner: { $in: [...chain] } }] }, { orderBy: { version: 'desc', createdAt: 'asc' } });
  return systems.filter((system) => isUsableBy(owned(system), chain));
}

/** The template an organisation uses for a key: its own newest, else its nearest ancestor's shared newest, else the platform's. */
export async function resolveTemplate(em: EntityManager, key: string, chain: readonly string[]): Promise<IndicatorSystem | null> {
  return pickByOwnership((await usableTemplates(em, key, chain)).map(owned), chain)?.system ?? null;
}
