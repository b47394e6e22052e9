import { afterAll, vi } from 'vitest';
import { createAppI18n } from '../plugins/i18n';

// Runs before every spec file of both projects. A worker keeps its modules from one spec file to
// the next (vite.config.ts, `isolate: false`), so what a file can leave in them is put back here,
// and a file passes or fails the same whichever ran before it in its worker.

// vi.waitFor gives up after 1 s unless told otherwise, and CI runs this suite beside the Jest
// suites: a page that settles in 50 ms alone took over a second there (app.spec's 重新加载 case).
// A wait is for a condition, not a speed check (those are the benchmarks), so every wait that names
// no timeout gets 10 s, as most specs already say. Wrapped once per worker (modules are kept).
const PATIENT = Symbol.for('accredit.patientWaitFor');
if (!(PATIENT in vi.waitFor)) {
  const waitFor = vi.waitFor;
  const patient: typeof vi.waitFor = (callback, options) => waitFor(callback, typeof options === 'number' ? { timeout: options } : { timeout: 10_000, ...options });
  vi.waitFor = Object.assign(patient, { [PATIENT]: true });
}

afterAll(() => {
  // The translator for texts made outside components (plugins/i18n.ts) is the last one created:
  // a file that created an English one (locales/messages.spec.ts, the English screens) would
  // leave every label of the next file in English.
  createAppI18n('zh-CN');
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});
