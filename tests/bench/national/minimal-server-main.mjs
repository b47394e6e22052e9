// The minimal server as its own process (so that its CPU and memory are its own, like the API's):
//   node tests/bench/national/minimal-server-main.mjs <database url> [pool size]
// Prints one JSON line {url, implementation, pid} when it listens; SIGTERM stops it.
import { startMinimalServer } from './minimal-server.mjs';

const server = await startMinimalServer(process.argv[2], {
  poolMax: Number(process.argv[3] ?? 10),
});
process.stdout.write(`${JSON.stringify({ url: server.url, implementation: server.implementation, pid: process.pid })}\n`);
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
