import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canCheckInBrowser, evalAllowed, forgetBrowserCheck, readDefinition } from './use-form-setup';

// A definition is checked in the browser only where the page's Content-Security-Policy lets the
// schema check compile its validator; elsewhere the API checks it on upload.

describe('checking a YAML definition in the browser', () => {
  // The answer is kept for the page's life; these specs start and leave a page without one.
  beforeEach(forgetBrowserCheck);
  afterEach(forgetBrowserCheck);

  it('reads the page’s policy: script-src (else default-src) must allow eval', () => {
    expect(evalAllowed(null)).toBe(true);
    expect(evalAllowed("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'")).toBe(false);
    expect(evalAllowed("default-src 'self'")).toBe(false);
    expect(evalAllowed("script-src 'self' 'unsafe-eval'")).toBe(true);
    expect(evalAllowed("style-src 'self'")).toBe(true);
  });

  it('asks the page once, and leaves the check to the API when the policy forbids it', async () => {
    const seen: string[] = [];
    const strict = (async (url: string) => {
      seen.push(url);
      return new Response(null, { headers: { 'content-security-policy': "script-src 'self'" } });
    }) as unknown as typeof fetch;
    expect(await canCheckInBrowser(strict)).toBe(false);
    expect(await canCheckInBrowser(strict)).toBe(false);
    expect(seen).toHaveLength(1);
    expect(readDefinition('a.yaml', 'key: a', false)).toEqual({ fileName: 'a.yaml', source: 'key: a', definition: null, errors: [], unchecked: true });
  });

  it('lists a definition’s mistakes with their lines when it can', () => {
    const draft = readDefinition('a.yaml', 'key: a\nversion: 1\nname: 甲\nsections: []\nextra: 1\n');
    expect(draft.unchecked).toBe(false);
    expect(draft.definition).toBeNull();
    expect(draft.errors.length).toBeGreaterThan(0);
  });
});
