import type DataLoader from 'dataloader';
import { byKeys, requestLoader, requireActor } from '@accredit/api-kit';
import type { Organisation } from './organisation.entity';
import type { OrganisationTreeService } from './organisation-tree.service';
import { ancestorIdsOf } from './tree/organisation-path';

/** Per-request loaders for organisation fields, so a page of organisations costs a fixed number of queries. */
export function organisationLoader(context: object, service: OrganisationTreeService): DataLoader<string, Organisation> {
  return requestLoader(context, 'organisation.byId', async (ids: readonly string[]) => byKeys(ids, await service.byIds(ids), (organisation) => organisation.id));
}

/**
 * Organisations by id for links from rows that do not vouch for them (an audit row outlives its
 * organisation's place in the tree): null where the request's actor may not read the organisation
 * (`organisation(id)`'s rule) or it is gone. One statement per request level.
 */
export function readableOrganisationLoader(context: object, service: OrganisationTreeService): DataLoader<string, Organisation | null> {
  return requestLoader(context, 'organisation.readableById', async (ids: readonly string[]) => {
    const byId = new Map((await service.readableByIds(requireActor(context), ids)).map((organisation) => [organisation.id, organisation]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Ancestors, root first, keyed by the organisation's path: one query for all the paths of a request. */
export function organisationAncestorsLoader(context: object, service: OrganisationTreeService): DataLoader<string, Organisation[]> {
  return requestLoader(context, 'organisation.ancestors', async (paths: readonly string[]) => {
    const byId = new Map((await service.byIds([...new Set(paths.flatMap(ancestorIdsOf))])).map((organisation) => [organisation.id, organisation]));
    return paths.map((path) =>
      ancestorIdsOf(path)
        .map((id) => byId.get(id))
        .filter((found): found is Organisation => !!found),
    );
  });
}

export function organisationChildCountLoader(context: object, service: OrganisationTreeService): DataLoader<string, number> {
  return requestLoader(context, 'organisation.childCount', async (ids: readonly string[]) => {
    const counts = await service.childCounts(ids);
    return ids.map((id) => counts.get(id) ?? 0);
  });
}
