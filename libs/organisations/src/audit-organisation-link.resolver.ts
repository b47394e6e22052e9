import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditEventModel } from '@accredit/audit';
import { OrganisationModel } from './organisation.model';
import { readableOrganisationLoader } from './organisation-loaders';
import { OrganisationTreeService } from './organisation-tree.service';
import { toOrganisationModel } from './to-organisation-model';

/**
 * Whose data the audit row records, declared here because this module owns the organisations.
 * The log's readers are office admins (their own organisation's rows) and system admins; the
 * link still applies `organisation(id)`'s rule rather than trusting the row, so it never shows
 * more of the tree than that query would. Batched per request.
 */
@Resolver(() => AuditEventModel)
export class AuditOrganisationLink {
  constructor(private readonly tree: OrganisationTreeService) {}

  @ResolveField(() => OrganisationModel, { nullable: true, description: '所属单位；没有所属单位、该单位已不存在，或读者不能读该单位时为空' })
  async organisation(@Parent() event: AuditEventModel, @Context() context: object): Promise<OrganisationModel | null> {
    if (!event.organisationId) return null;
    const organisation = await readableOrganisationLoader(context, this.tree).load(event.organisationId);
    return organisation ? toOrganisationModel(organisation) : null;
  }
}
