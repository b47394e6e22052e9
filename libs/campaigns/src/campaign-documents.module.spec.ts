import { Module, type Provider } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CampaignDocumentsService } from './campaign-documents.service';
import { CAMPAIGN_WORKFLOW_VOCABULARY, CampaignWorkflowVocabulary } from './campaign-workflow-vocabulary';
import { CampaignsService } from './campaigns.service';

class NoKinds extends CampaignWorkflowVocabulary {
  documentKinds = async () => ({});
}

const boot = (providers: Provider[]) => {
  @Module({ providers })
  class Probe {}
  return NestFactory.createApplicationContext(Probe, { logger: false, abortOnError: false });
};

describe('campaign documents’ workflow port', () => {
  it('refuses to start when nobody wires the workflow vocabulary, instead of accepting any document kind', async () => {
    await expect(boot([CampaignDocumentsService, { provide: CampaignsService, useValue: {} }])).rejects.toThrow(/CAMPAIGN_WORKFLOW_VOCABULARY/);
  });

  it('starts once the app wires it', async () => {
    const app = await boot([CampaignDocumentsService, { provide: CampaignsService, useValue: {} }, { provide: CAMPAIGN_WORKFLOW_VOCABULARY, useClass: NoKinds }]);
    expect(app.get(CampaignDocumentsService)).toBeInstanceOf(CampaignDocumentsService);
    await app.close();
  });
});
