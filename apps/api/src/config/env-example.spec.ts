import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '../../../..');
const src = join(root, 'apps/api/src');

/** The API's sources (specs aside: they set variables for the code under test). */
function sources(): { file: string; text: string }[] {
  return (readdirSync(src, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => ({ file: relative(src, join(src, file)).split('\\').join('/'), text: readFileSync(join(src, file), 'utf8') }));
}

/** The variables a source reads: env['NAME'], env.NAME and the config helpers' (env, 'NAME', …) calls. */
function variablesIn(text: string): string[] {
  return [...text.matchAll(/env\['([A-Z][A-Z0-9_]*)'\]|env\.([A-Z][A-Z0-9_]*)\b|\(env, '([A-Z][A-Z0-9_]*)'/g)].map((match) => match[1] ?? match[2] ?? match[3]);
}

/** The variables .env.example lists, set or commented out (`# NAME=…`). */
function variablesListed(): string[] {
  const text = readFileSync(join(root, '.env.example'), 'utf8');
  return [...text.matchAll(/^#?\s?([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]).sort();
}

describe('.env.example', () => {
  it('lists every variable the API reads, and none it does not', () => {
    const read = [...new Set(sources().flatMap(({ text }) => variablesIn(text)))].sort();
    expect(read.length).toBeGreaterThan(30);
    expect(read.filter((name) => !variablesListed().includes(name))).toEqual([]);
    expect(variablesListed().filter((name) => !read.includes(name))).toEqual([]);
  });

  it('is read by app-config alone: no other source of the API reads the environment', () => {
    const readers = sources()
      .filter(({ text }) => /process\.env\b/.test(text.replace(/^\s*(\/\/|\*|\/\*).*$/gm, '')))
      .map(({ file }) => file);
    expect(readers).toEqual(['config/app-config.ts']);
  });
});
