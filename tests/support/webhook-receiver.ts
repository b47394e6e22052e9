import { type AddressInfo } from 'node:net';
import { createServer } from 'node:http';

/** A local group-robot endpoint: records each JSON message; can be told to fail. */
export async function startWebhookReceiver(): Promise<{ url: string; messages: unknown[]; failNext(count: number): void; close(): Promise<void> }> {
  const messages: unknown[] = [];
  let failures = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (failures > 0) {
        failures--;
        res.writeHead(500).end();
        return;
      }
      messages.push(JSON.parse(body));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/robot/send`,
    messages,
    failNext: (count) => (failures = count),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
