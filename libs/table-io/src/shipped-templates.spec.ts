import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { CAMPAIGN_TEMPLATE_SCHEMA, readCampaignTemplate } from './read-campaign-template';

/** Every campaign template the repository ships (libs/campaign-setup/templates/*.yaml). */
const DIR = join(__dirname, '../../campaign-setup/templates');
const SHIPPED = readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name));

describe('the shipped campaign templates', () => {
  const validate = new Ajv({ allErrors: true }).compile(CAMPAIGN_TEMPLATE_SCHEMA);

  it('are there', () => {
    expect(SHIPPED.length).toBeGreaterThan(0);
  });

  it.each(SHIPPED)('%s is valid against the committed JSON Schema', (name) => {
    const data = parse(readFileSync(join(DIR, name), 'utf8'));
    validate(data);
    expect(validate.errors ?? []).toEqual([]);
  });

  it.each(SHIPPED)('%s reads without problems (its meaning too, not only its structure)', (name) => {
    const read = readCampaignTemplate(readFileSync(join(DIR, name), 'utf8'));
    expect(read.ok ? [] : read.problems).toEqual([]);
  });
});
