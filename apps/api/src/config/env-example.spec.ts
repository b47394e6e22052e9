import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../../..');

/** The variables app-config.ts reads: env['NAME'] and the helpers' (env, 'NAME', …) calls. */
function variablesRead(): string[] {
  const source = readFileSync(join(__dirname, 'app-config.ts'), 'utf8');
  const names = [...source.matchAll(/env\['([A-Z][A-Z0-9_]*)'\]|\(env, '([A-Z][A-Z0-9_]*)'/g)].map((match) => match[1] ?? match[2]);
  return [...new Set(names)].sort();
}

/** The variables .env.example lists, set or commented out (`# NAME=…`). */
function variablesListed(): string[] {
  const text = readFileSync(join(root, '.env.example'), 'utf8');
  return [...text.matchAll(/^#?\s?([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]).sort();
}

describe('.env.example', () => {
  it('lists every variable app-config reads, and none it does not', () => {
    const read = variablesRead();
    expect(read.length).toBeGreaterThan(30);
    expect(read.filter((name) => !variablesListed().includes(name))).toEqual([]);
    expect(variablesListed().filter((name) => !read.includes(name))).toEqual([]);
  });
});
