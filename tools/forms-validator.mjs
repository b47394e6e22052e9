#!/usr/bin/env node
// Writes libs/forms/src/lib/definition-validator.generated.ts: the form definition schema's
// validator compiled ahead of time (the admin runs it under a CSP that forbids `new Function`).
// Run after editing libs/forms/src/lib/definition.schema.json; `--check` only compares.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'libs/forms/src/lib/definition-validator.generated.ts');
const jiti = createJiti(import.meta.url);
const { definitionValidatorSource } = await jiti.import(join(root, 'libs/forms/src/lib/validator-source.ts'));
const source = definitionValidatorSource();
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== source) {
    console.error(`${target} is not current: run node tools/forms-validator.mjs`);
    process.exit(1);
  }
  console.log('Form definition validator: current.');
} else {
  writeFileSync(target, source);
  console.log(`Form definition validator written: ${target}`);
}
