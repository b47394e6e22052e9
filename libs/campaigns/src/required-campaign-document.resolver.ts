import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { requestLoader } from '@accredit/api-kit';
import { User } from '@accredit/identity';
import { CampaignDocumentModel, campaignDocumentsOf, toCampaignDocumentModel } from './campaign-documents.resolver';
import { RequiredCampaignDocumentModel } from './required-campaign-document.model';

/**
 * What was recorded for a required document: every version of its kind, and the one that counts
 * now (the newest with a file; a newer record still waiting for its file does not hide it).
 */
@Resolver(() => RequiredCampaignDocumentModel)
export class RequiredCampaignDocumentResolver {
  constructor(private readonly em: EntityManager) {}

  @ResolveField(() => CampaignDocumentModel, { nullable: true, description: '当前有效的登记：最新一份附有文件的；都没有文件时为最新登记的；未登记为空' })
  async document(@Parent() required: RequiredCampaignDocumentModel, @Context() context: object): Promise<CampaignDocumentModel | null> {
    const versions = await this.versionsOf(required, context);
    const current = versions.find((document) => document.hasFile) ?? versions[0];
    return current ?? null;
  }

  @ResolveField(() => [CampaignDocumentModel], { description: '此类别的全部登记（含替换前的版本），最新的在前' })
  versions(@Parent() required: RequiredCampaignDocumentModel, @Context() context: object): Promise<CampaignDocumentModel[]> {
    return this.versionsOf(required, context);
  }

  private async versionsOf(required: RequiredCampaignDocumentModel, context: object): Promise<CampaignDocumentModel[]> {
    const all = await campaignDocumentsOf(this.em, context, required.campaignId);
    return all
      .filter((document) => document.kind === required.kind)
      .reverse()
      .map(toCampaignDocumentModel);
  }
}

/**
 * Who recorded a document and who attached its file, as people know them (张三, not a login id):
 * one statement per request for every document shown.
 */
@Resolver(() => CampaignDocumentModel)
export class CampaignDocumentPeopleResolver {
  constructor(private readonly em: EntityManager) {}

  @ResolveField(() => String, { description: '登记人姓名' })
  async recordedByName(@Parent() document: CampaignDocumentModel, @Context() context: object): Promise<string> {
    return (await this.nameOf(document.recordedBy, context)) ?? '';
  }

  @ResolveField(() => String, { nullable: true, description: '上传文件的人的姓名；尚无文件为空' })
  async fileUploadedByName(@Parent() document: CampaignDocumentModel, @Context() context: object): Promise<string | null> {
    return document.fileUploadedBy ? ((await this.nameOf(document.fileUploadedBy, context)) ?? '') : null;
  }

  private nameOf(userId: string, context: object): Promise<string | null> {
    // Shared with the transition log's actorName: same key, same answer.
    const loader = requestLoader<string, string | null>(context, 'user.displayName', async (ids) => {
      const users = await this.em.find(User, { id: { $in: [...ids] } }, { fields: ['id', 'displayName'] });
      const names = new Map(users.map((user) => [user.id, user.displayName]));
      return ids.map((id) => names.get(id) ?? null);
    });
    return loader.load(userId);
  }
}
