import { afterAll, afterEach, expect, vi } from 'vitest';
import { ElMessage, ElMessageBox, ElNotification } from 'element-plus/es';
import { getCurrentScope } from 'vue';
import { chartOptions } from './chart-stub';
import { closeAdmins } from './mount-admin';

// Runs before every spec file of the `dom` project, after worker-setup.ts. A worker keeps its jsdom
// window too from one file to the next: what a file can leave in the window is put back here.

// jsdom draws no canvas: a chart is a box with its label (testing/chart-stub.ts). Mocked here for
// every file, because a page imported once (the dashboard, also reached through a redirect home)
// keeps the chart component it was first imported with.
vi.mock('../components/charts/chart-box.vue', async () => ({ default: (await import('./chart-stub')).ChartStub }));

afterEach(() => {
  closeAdmins();
  // Element Plus keeps its open messages in its module: with the window emptied they would stay
  // counted (three at most, the same text grouped into one) and swallow the next file's messages.
  ElMessage.closeAll();
  ElMessageBox.close();
  // A component left half set up (an error thrown in its setup) leaves its effect scope current:
  // every app created afterwards, in this file or the next, would be created inside that scope.
  expect(getCurrentScope(), 'a Vue effect scope is still active after the test').toBeUndefined();
  document.body.innerHTML = '';
  chartOptions.clear();
  // Installing Element Plus whole (`app.use(ElementPlus)`) binds its message functions to that app,
  // in the module: every later box, in this file or the next, is rendered in that unmounted app,
  // where a closed box stays in the document. The admin uses it on demand (plugins/element-plus.ts).
  const bound = [ElMessageBox, ElMessage, ElNotification].filter((service) => service._context !== null).length;
  for (const service of [ElMessageBox, ElMessage, ElNotification]) service._context = null;
  expect(bound, 'a spec installed Element Plus as a whole: mount with the admin (testing/mount-admin.ts) or no plugin').toBe(0);
});

afterAll(() => {
  localStorage.clear();
  sessionStorage.clear();
  document.documentElement.removeAttribute('lang');
});
