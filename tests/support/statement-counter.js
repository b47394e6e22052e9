// Counts the SQL statements a process sends to PostgreSQL, at the wire: a TCP proxy in front of
// the server reads the frontend protocol and counts Query ('Q', simple protocol) and Execute
// ('E', extended protocol) messages. Exact whatever the client library, ORM or logging does;
// the API is pointed at the proxy only for the counting pass (the timed runs go direct).
// CommonJS so that both the Jest suites (TypeScript) and the benchmark scripts (ESM) load it.
// The connection's start-up (no SSL here: an SSLRequest would be answered 'N' by the server).
const { createServer, connect } = require('node:net');

async function startStatementCounter(targetHost, targetPort) {
  let statements = 0;
  /** When an array: the text of each statement (Query, or the Parse before an Execute). */
  let texts = null;
  const sockets = new Set();
  const server = createServer((client) => {
    const upstream = connect(targetPort, targetHost);
    sockets.add(client).add(upstream);
    let buffer = Buffer.alloc(0);
    let started = false;
    client.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          // Untyped start-up packets: int32 length, then the rest (SSLRequest or StartupMessage).
          if (buffer.length < 8) break;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) break;
          const code = buffer.readInt32BE(4);
          buffer = buffer.subarray(length);
          if (code !== 80877103 && code !== 80877104) started = true; // not SSLRequest / GSSENCRequest
          continue;
        }
        if (buffer.length < 5) break;
        const length = buffer.readInt32BE(1);
        if (buffer.length < length + 1) break;
        const type = String.fromCharCode(buffer[0]);
        if (type === 'Q' || type === 'E') statements++;
        if (texts && type === 'Q') texts.push(buffer.subarray(5, length).toString('utf8').replace(/\0$/, ''));
        if (texts && type === 'P') {
          const nameEnd = buffer.indexOf(0, 5);
          texts.push(buffer.subarray(nameEnd + 1, buffer.indexOf(0, nameEnd + 1)).toString('utf8'));
        }
        buffer = buffer.subarray(length + 1);
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    count: () => statements,
    /** Starts (or stops, with false) recording statement texts; returns what was recorded. */
    record: (on = true) => {
      const recorded = texts ?? [];
      texts = on ? [] : null;
      return recorded;
    },
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(resolve);
      }),
  };
}

exports.startStatementCounter = startStatementCounter;
