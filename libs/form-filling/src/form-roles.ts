import type { FormDefinition } from '@accredit/forms';

// Who a user is in a form: the definition names roles by key (applicant, province, expert,
// national …) and leaves it to the caller to map its actors onto them. This is that mapping,
// kept pure so that it can be read and tested in one place (documented in forms/README.md).

/** Organisation levels a role key can name: the filling organisation's ancestor at that level. */
const LEVEL_ROLES = ['province', 'city', 'county'] as const;

export interface FormRoleFacts {
  readonly definition: Pick<FormDefinition, 'roles' | 'filledBy'>;
  readonly actor: {
    readonly organisationId: string | null;
    /** Product roles (office_admin, expert …). */
    readonly roles: readonly string[];
    /** Roles assigned to the user in this campaign (declared by its workflows, e.g. applicant). */
    readonly campaignRoles: readonly string[];
  };
  /** The organisation filling the form, and its ancestors with their levels. */
  readonly filler: { readonly organisationId: string; readonly ancestors: readonly { readonly id: string; readonly level: string }[] };
  /** The campaign owner's organisation. */
  readonly ownerOrganisationId: string;
}

/**
 * The definition's role keys the actor holds for this filled form, in the order the definition
 * declares them:
 * - the `filledBy` role: the filling organisation's office admins (or a user assigned that role in the campaign);
 * - `province` / `city` / `county` (when not the filler): the office admins of the filling organisation's ancestor at that level;
 * - `expert`: the campaign owner's experts;
 * - `national`: the campaign owner's office admins;
 * - any other key: users assigned a campaign role of that key.
 * A campaign role of the same key always counts too (the office may grant a form role to a user).
 */
export function formRolesOf(facts: FormRoleFacts): string[] {
  const { definition, actor, filler, ownerOrganisationId } = facts;
  const office = actor.roles.includes('office_admin');
  const fillerRole = definition.filledBy?.role;
  return Object.keys(definition.roles).filter((key) => {
    if (actor.campaignRoles.includes(key)) return true;
    if (!actor.organisationId) return false;
    if (key === fillerRole) return office && actor.organisationId === filler.organisationId;
    if ((LEVEL_ROLES as readonly string[]).includes(key)) {
      return office && filler.ancestors.some((ancestor) => ancestor.level === key && ancestor.id === actor.organisationId);
    }
    if (key === 'expert') return actor.roles.includes('expert') && actor.organisationId === ownerOrganisationId;
    if (key === 'national') return office && actor.organisationId === ownerOrganisationId;
    return false;
  });
}

/** The role the filler acts as: `filledBy.role`, or null for a form that names nobody (anyone who may write). */
export function fillerRoleOf(definition: Pick<FormDefinition, 'filledBy'>): string | null {
  return definition.filledBy?.role ?? null;
}
