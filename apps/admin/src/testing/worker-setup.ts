import { afterAll, vi } from 'vitest';
import { createAppI18n } from '../plugins/i18n';

// Runs before every spec file of both projects. A worker keeps its modules from one spec file to
// the next (vite.config.ts, `isolate: false`), so what a file can leave in them is put back here,
// and a file passes or fails the same whichever ran before it in its worker.

afterAll(() => {
  // The translator for texts made outside components (plugins/i18n.ts) is the last one created:
  // a file that created an English one (locales/messages.spec.ts, the English screens) would
  // leave every label of the next file in English.
  createAppI18n('zh-CN');
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});
