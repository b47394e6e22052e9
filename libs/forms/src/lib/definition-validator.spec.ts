import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { definitionValidatorSource } from './validator-source';
import { parseFormDefinition } from './parser';

// The validator the admin runs in the browser is compiled ahead of time (no `new Function` under
// the CSP): it must be the one definition.schema.json compiles to today, and it must still judge.

describe('the precompiled definition validator', () => {
  it('is current with definition.schema.json (else run: node tools/forms-validator.mjs)', () => {
    expect(readFileSync(join(__dirname, 'definition-validator.generated.ts'), 'utf8')).toBe(definitionValidatorSource());
  });

  it('imports nothing and never builds code at run time', () => {
    const source = readFileSync(join(__dirname, 'definition-validator.generated.ts'), 'utf8');
    expect(source).not.toMatch(/\brequire\(|^import |new Function|\beval\(/m);
  });

  it('refuses an unknown field type and a duplicate accepted kind, as ajv did', () => {
    const yaml = (field: string) => `key: t\nversion: 1\nname: 测试\nsections:\n  - key: s\n    label: 部分\n    fields:\n      - ${field}\n`;
    const unknown = parseFormDefinition(yaml('{ key: a, type: numbr, label: 数 }'), 't.yaml');
    expect(unknown.ok ? [] : unknown.errors.map((error) => error.message)).toEqual([expect.stringContaining('未知的栏目类型"numbr"')]);
    const twice = parseFormDefinition(yaml('{ key: a, type: attachment, label: 附件, accept: [pdf, pdf] }'), 't.yaml');
    expect(twice.ok).toBe(false);
    const emoji = parseFormDefinition(yaml('{ key: a, type: text, label: "😀" }'), 't.yaml');
    expect(emoji.ok).toBe(true);
  });
});
