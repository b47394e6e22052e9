import type { TokenClient } from './county-forms';
import { fixtures } from './evidence-fixtures';
import { uploadMultipart } from './multipart-client';

// Files that modules other than evidence keep in the evidence store, made through their own
// upload routes (not SQL), for the suites about the store as a whole (backup, evidence:verify).

/** A campaign document (自评报告) recorded with its file by the campaign's office admin. */
export async function uploadCampaignDocumentFile(apiUrl: string, office: TokenClient, campaignId: string, data = fixtures.pdf(64_000)): Promise<{ documentId: string; data: Buffer }> {
  const result = await uploadMultipart(`${apiUrl}/api/campaign-documents`, { campaignId, kind: 'self-assessment', title: '自评报告' }, [{ filename: '自评报告.pdf', data }], { token: office.token });
  if (result.status !== 201) throw new Error(`campaign document upload answered ${result.status}: ${JSON.stringify(result.json)}`);
  return { documentId: result.json.document.id as string, data };
}

/**
 * A form's file (a seal image): the campaign is first set to ask for the yearly summary, which the
 * owner's own office admin fills, so that office may upload the form's files.
 */
export async function uploadFormFile(apiUrl: string, office: TokenClient, campaignId: string, data = fixtures.png(3_000)): Promise<{ fileId: string; data: Buffer }> {
  const definitions = await office<{ formDefinitions: { id: string; key: string }[] }>('{ formDefinitions { id key } }');
  const summary = definitions.data?.formDefinitions.find((definition) => definition.key === 'annual-summary');
  if (!summary) throw new Error(`no annual-summary form definition: ${JSON.stringify(definitions.errors)}`);
  const asked = await office('mutation($c: ID!, $d: [ID!]!) { setCampaignForms(input: { campaignId: $c, definitionIds: $d }) { key } }', { c: campaignId, d: [summary.id] });
  if (asked.errors) throw new Error(`setCampaignForms: ${JSON.stringify(asked.errors)}`);
  const result = await uploadMultipart(`${apiUrl}/api/forms/files`, { campaignId }, [{ filename: '公章.png', data, contentType: 'image/png' }], { token: office.token });
  if (result.status !== 201) throw new Error(`form file upload answered ${result.status}: ${JSON.stringify(result.json)}`);
  return { fileId: result.json.fileId as string, data };
}
