import { parseFormDefinition, type FormDefinition } from '@accredit/forms/browser';

// The shipped first-batch 申报表 (forms/first-batch-application.yaml), parsed as the API parses it:
// the form page specs fill the real form, not a copy that could drift from it.

const source = Object.values(import.meta.glob('../../../../forms/first-batch-application.yaml', { query: '?raw', import: 'default', eager: true }))[0] as string;
const parsed = parseFormDefinition(source, 'forms/first-batch-application.yaml');
if (!parsed.ok) throw new Error('first-batch-application.yaml does not parse');

export const firstBatchDefinition: FormDefinition = parsed.definition;
