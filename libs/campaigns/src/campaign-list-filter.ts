import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';

/** Which campaigns a list holds; see CampaignsService.list. */
export enum CampaignListScope {
  working = 'working',
  participated = 'participated',
  all = 'all',
}

registerEnumType(CampaignListScope, {
  name: 'CampaignListScope',
  description: '列出哪些创建工作',
  valuesMap: {
    working: { description: '本单位的创建工作（含本单位参与上级创建工作的工作），办公室管理员还有下级单位自己开展的；不含其他单位参与的工作（从所参与创建工作的参与单位进入）。默认' },
    participated: { description: '本单位或（办公室管理员）下级单位参与的、由其他单位主办的创建工作（如全国示范县批次），只读' },
    all: { description: '能读的全部创建工作，含下级单位和参与单位的工作' },
  },
});

@InputType('CampaignListFilter', { description: '创建工作列表的范围' })
export class CampaignListFilterInput {
  @Field(() => CampaignListScope, { nullable: true, description: '范围，默认 working；给出 parentCampaignId 时默认 all' })
  scope?: CampaignListScope | null;

  @Field(() => ID, { nullable: true, description: '只列这项创建工作的参与单位的工作（能读的）' })
  parentCampaignId?: string | null;
}
