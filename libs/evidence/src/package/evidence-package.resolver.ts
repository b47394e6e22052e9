import { Args, Context, Field, Float, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '@accredit/api-kit';
import { EvidencePackageService } from './evidence-package.service';

@ObjectType('EvidencePackageInfo', { description: '佐证材料包的概况（下载前显示，下载时用于进度）' })
export class EvidencePackageInfoModel {
  @Field(() => Int, { description: '文件数' })
  files!: number;

  @Field(() => Float, { description: '字节数：文件与校验清单（不含目录表和 zip 目录，下载时约多几 KB）' })
  bytes!: number;

  @Field(() => Int, { description: '涉及的指标数' })
  indicators!: number;

  @Field({ description: '下载地址' })
  url!: string;

  @Field({ description: '下载的文件名' })
  fileName!: string;
}

@Resolver()
export class EvidencePackageResolver {
  constructor(private readonly packages: EvidencePackageService) {}

  @Query(() => EvidencePackageInfoModel, { description: '佐证材料包概况：文件数、大小和下载地址' })
  async evidencePackageInfo(@Args('campaignId', { type: () => ID }) campaignId: string, @Context() context: object): Promise<EvidencePackageInfoModel> {
    // The figures only: the index workbook is built when the package is downloaded, not to count.
    const plan = await this.packages.plan(requireActor(context), campaignId, { indexSheet: false });
    return Object.assign(new EvidencePackageInfoModel(), {
      files: plan.entries.length,
      bytes: plan.totalBytes,
      indicators: new Set(plan.entries.map((entry) => entry.indicatorCode)).size,
      url: `/api/campaigns/${campaignId}/export/evidence-package.zip`,
      fileName: plan.fileName,
    });
  }
}
