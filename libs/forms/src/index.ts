// Forms as data: YAML form definitions (forms/) → validated, compiled definitions; checks of the
// values a filled form holds; who may write which box. No framework imports; storage, rendering
// and export belong to the caller. `browser.ts` is the same without the file-system loader.
export * from './browser';
export { loadFormFile, loadFormDirectory } from './lib/loader';
export type { LoadOptions } from './lib/loader';
