import type { Organisation } from './organisation.entity';
import { OrganisationModel } from './organisation.model';
import { ORGANISATION_LEVEL_LABELS } from './tree/organisation-level';
import { depthOf } from './tree/organisation-path';

export function toOrganisationModel(organisation: Organisation): OrganisationModel {
  return Object.assign(new OrganisationModel(), {
    id: organisation.id,
    code: organisation.code,
    name: organisation.name,
    shortName: organisation.shortName,
    level: organisation.level,
    levelLabel: ORGANISATION_LEVEL_LABELS[organisation.level],
    parentId: organisation.parent?.id ?? null,
    depth: depthOf(organisation.path),
    disabled: organisation.disabled,
    path: organisation.path,
  });
}
