import { readFileSync, readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import AutoImport from 'unplugin-auto-import/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import { defineConfig } from 'vitest/config';

// Paths are resolved from this file, so `vite build -c apps/admin/vite.config.ts` works from the
// workspace root (Nx runs every target there).
const appRoot = fileURLToPath(new URL('.', import.meta.url));
const fromApp = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** `@accredit/x` → its source file, matched exactly (so `@accredit/forms` does not swallow `@accredit/forms/browser`). */
function workspaceAliases(): { find: RegExp; replacement: string }[] {
  const config = JSON.parse(readFileSync(fromApp('../../tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };
  return Object.entries(config.compilerOptions.paths).flatMap(([name, targets]) =>
    targets[0] ? [{ find: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`), replacement: fromApp(`../../${targets[0]}`) }] : [],
  );
}

/**
 * The specs that run without a DOM (the `pure` project): the domain's and the pages' *.model.spec.ts
 * by their role, and any other whose first line is `// @vitest-environment node`; a domain spec
 * whose first line is `// @vitest-environment jsdom` mounts a component and stays with the DOM ones.
 * Read from the first lines, so that a spec's own marker decides which worker it shares.
 */
function pureSpecs(): string[] {
  const specs = (readdirSync(fromApp('src'), { recursive: true }) as string[]).filter((f) => f.endsWith('.spec.ts')).map((f) => `src/${f.split(sep).join('/')}`);
  return specs.filter((file) => {
    const first = readFileSync(fromApp(file), 'utf8').split('\n', 1)[0] ?? '';
    if (first.includes('@vitest-environment jsdom')) return false;
    return first.includes('@vitest-environment node') || file.startsWith('src/domain/') || file.endsWith('.model.spec.ts');
  });
}

// Where `vite dev` sends /graphql: the API on its default port, unless told otherwise.
const apiOrigin = process.env['ADMIN_API_ORIGIN'] ?? 'http://127.0.0.1:3000';

const PURE = pureSpecs();

export default defineConfig(({ command }) => ({
  root: appRoot,
  base: '/',
  cacheDir: fromApp('../../node_modules/.vite/apps/admin'),
  // Apollo Client's development-only checks and warnings are dropped from the build
  // (https://www.apollographql.com/docs/react/development-testing/reducing-bundle-size).
  define: command === 'build' ? { 'globalThis.__DEV__': 'false' } : {},
  resolve: {
    // Workspace libraries by the aliases of tsconfig.base.json (the admin uses the forms library's
    // browser entry — the same checks and 字数 count as the API — and what that entry imports).
    alias: workspaceAliases(),
  },
  plugins: [
    vue(),
    // Element Plus functions (ElMessage …) on demand, with their styles.
    AutoImport({
      resolvers: [ElementPlusResolver()],
      dts: fromApp('src/auto-imports.d.ts'),
    }),
    // Element Plus components used in templates, with their styles. Our own components are
    // imported explicitly, so no folder is scanned.
    Components({
      dirs: [],
      resolvers: [ElementPlusResolver()],
      dts: fromApp('src/components.d.ts'),
    }),
  ],
  server: {
    port: 4200,
    host: '127.0.0.1',
    proxy: {
      // changeOrigin stays false: the API refuses a state-changing request (login, logout …)
      // whose Origin is not `${protocol}://${Host}`, so the browser's Host (this dev server)
      // must reach it unchanged, matching the browser's Origin. The session cookie is set
      // without a Domain, so it belongs to this dev server's host and comes back through here.
      '/graphql': { target: apiOrigin, changeOrigin: false },
      // Files over plain HTTP: evidence upload/download, indicator-table import, exports.
      '/api': { target: apiOrigin, changeOrigin: false },
    },
  },
  preview: { port: 4300, host: '127.0.0.1' },
  build: {
    outDir: fromApp('../../dist/apps/admin'),
    emptyOutDir: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 800,
  },
  test: {
    root: appRoot,
    // Element Plus ships ESM that imports CSS: let Vite transform it instead of Node.
    server: { deps: { inline: ['element-plus'] } },
    css: false,
    // Specs that mount the whole admin load its pages lazily, as the browser does: on a busy
    // two-core machine the first import of a page can take seconds.
    testTimeout: 20_000,
    // Each worker keeps its modules and its window from one spec file to the next (isolate: false):
    // a fresh worker per file paid a process, a jsdom window and the whole import of Vue, Element
    // Plus, Apollo and the admin again for every file. What one file could leave for the next is
    // reset by the setup files (see there), so the files still pass in any order.
    isolate: false,
    projects: [
      { extends: true, test: { name: 'pure', environment: 'node', include: PURE, setupFiles: ['src/testing/worker-setup.ts'] } },
      { extends: true, test: { name: 'dom', environment: 'jsdom', include: ['src/**/*.spec.ts'], exclude: PURE, setupFiles: ['src/testing/worker-setup.ts', 'src/testing/dom-setup.ts'] } },
    ],
  },
}));
