import type { Type } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader, requireActor } from '@accredit/api-kit';
import { IndicatorTemplateVersionModel } from './indicator-template.model';
import { IndicatorTemplatesService } from './indicator-templates.service';
import { toVersionModel } from './to-template-models';

/**
 * A resolver adding a template-version link (`system` unless named) beside an id on `parent`,
 * batched per request; null for a version the reader may not use (as indicatorTemplates hides it).
 */
export function templateVersionLinkResolver<P>(parent: Type<P>, idOf: (row: P) => string, field: { name?: string; description: string }) {
  @Resolver(() => parent)
  class TemplateVersionLink {
    constructor(readonly templates: IndicatorTemplatesService) {}

    @ResolveField(field.name ?? 'system', () => IndicatorTemplateVersionModel, { nullable: true, description: field.description })
    async system(@Parent() row: P, @Context() context: object): Promise<IndicatorTemplateVersionModel | null> {
      const loader = requestLoader(context, 'templates.version', async (ids: readonly string[]) => this.templates.versionsByIds(requireActor(context), ids));
      const entry = await loader.load(idOf(row));
      return entry ? toVersionModel(entry) : null;
    }
  }
  return TemplateVersionLink;
}
