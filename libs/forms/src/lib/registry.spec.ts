import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFINITION_SCHEMA } from './schema';
import { FORMS_DIR } from './spec-helpers';
import { DEFINITION_ERROR_CODES, FIELD_TYPES, VALUE_PROBLEM_CODES } from './types';

// The schema editors use, the code and the documentation agree.

describe('schema, code and documentation agree', () => {
  const readme = readFileSync(join(FORMS_DIR, 'README.md'), 'utf8');

  it('forms/definition.schema.json is the schema the library validates with', () => {
    const shipped = readFileSync(join(FORMS_DIR, 'definition.schema.json'), 'utf8');
    const library = readFileSync(join(__dirname, 'definition.schema.json'), 'utf8');
    // On failure: cp libs/forms/src/lib/definition.schema.json forms/
    expect(shipped).toBe(library);
  });

  it('the schema offers editors exactly the field types the code knows', () => {
    const definitions = DEFINITION_SCHEMA['definitions'] as Record<string, { oneOf?: { $ref: string }[] }>;
    const branches = (definitions['field'].oneOf ?? []).map((b) => b.$ref.replace('#/definitions/', '').replace(/Field$/, ''));
    expect(branches).toEqual([...FIELD_TYPES]);
    const columns = (definitions['column'].oneOf ?? []).map((b) => b.$ref.replace('#/definitions/', '').replace(/Field$/, ''));
    expect(columns).toEqual(FIELD_TYPES.filter((t) => t !== 'table' && t !== 'signOff'));
  });

  it.each([...FIELD_TYPES])('forms/README.md documents %s with an example', (type) => {
    expect(readme).toContain(`### ${type} `);
    const section = readme.split(`### ${type} `)[1].split('\n### ')[0];
    expect(section).toMatch(new RegExp(`\`\`\`yaml[\\s\\S]*type: ${type}[\\s\\S]*\`\`\``));
  });

  it('forms/README.md explains every error code', () => {
    for (const code of [...DEFINITION_ERROR_CODES, ...VALUE_PROBLEM_CODES]) {
      expect(readme).toContain(`\`${code}\``);
    }
  });

  it('forms/README.md lists every shipped definition', () => {
    for (const file of readdirSync(FORMS_DIR).filter((f) => f.endsWith('.yaml'))) {
      expect(readme).toContain(`\`${file}\``);
    }
  });

  it('only the loader touches the file system, so browser.ts runs in a browser', () => {
    const sources = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !/\.spec\.ts$|spec-helpers|loader/.test(f));
    expect(sources.length).toBeGreaterThan(8);
    const offenders = sources.filter((file) => /from 'node:/.test(readFileSync(join(__dirname, file), 'utf8')));
    expect(offenders).toEqual([]);
    expect(readFileSync(join(__dirname, '..', 'browser.ts'), 'utf8')).not.toMatch(/loader/);
  });

  it('the shipped definitions point editors at the schema', () => {
    for (const file of readdirSync(FORMS_DIR).filter((f) => f.endsWith('.yaml'))) {
      const firstLine = readFileSync(join(FORMS_DIR, file), 'utf8').split('\n')[0];
      expect(firstLine).toBe('# yaml-language-server: $schema=./definition.schema.json');
    }
  });
});
