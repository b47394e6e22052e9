// A one-line progress bar on stderr (redrawn in place on a terminal, a line per 10 % otherwise).
export function progressBar(label, total) {
  const started = performance.now();
  const tty = process.stderr.isTTY;
  let lastTenth = -1;
  const draw = (done) => {
    const share = total ? done / total : 1;
    const seconds = (performance.now() - started) / 1000;
    const eta = done ? (seconds / done) * (total - done) : 0;
    const bar = '█'.repeat(Math.round(share * 30)).padEnd(30, '░');
    const line = `${label} ${bar} ${done}/${total} ${(share * 100).toFixed(0)}% ${seconds.toFixed(0)} s${done < total ? `，约剩 ${eta.toFixed(0)} s` : ''}`;
    if (tty) process.stderr.write(`\r${line}\x1b[K`);
    else if (Math.floor(share * 10) !== lastTenth) {
      lastTenth = Math.floor(share * 10);
      process.stderr.write(`${line}\n`);
    }
  };
  draw(0);
  return {
    tick: (done) => draw(done),
    done: () => {
      draw(total);
      if (tty) process.stderr.write('\n');
      return (performance.now() - started) / 1000;
    },
  };
}
