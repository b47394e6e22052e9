// The reminder scan of the whole country, as the API's scheduler runs it (every organisation,
// organisation by organisation): the compiled API in this process without a listener, then one
// ReminderScanService.scan() with no scope. A manual scan (runReminderScan) reminds the caller's
// own organisation only, so the national figure is measured here. Run by bench.mjs as a child
// process; prints one JSON line: seconds, RSS before / peak / after, and the scan's result.
//   DATABASE_URL=…/national node tests/bench/national/reminder-scan-process.mjs
import { requireBuilt } from './built-api.mjs';

const { startApi, loadConfig } = requireBuilt('@accredit/api');
const { ReminderScanService } = requireBuilt('@accredit/reminders');

const MB = 1024 * 1024;
// No scheduler of its own (the scan is started below), no migrations or seeding: a migrated set.
const env = {
  ...process.env,
  NODE_ENV: 'production',
  REMINDER_INTERVAL_MINUTES: '0',
  ADMIN_DIST: '/nonexistent',
};
const api = await startApi({ ...loadConfig(env), migrateOnStart: false, seedOnStart: false }, { listen: false });
try {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const result = await api.app.get(ReminderScanService).scan(new Date());
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const after = process.memoryUsage().rss;
  process.stdout.write(`${JSON.stringify({ seconds, rss: { before: before / MB, peak: peak / MB, after: after / MB }, result })}\n`);
} finally {
  await api.close();
}
