// Where each require() of a start led, kept on disk between starts of the API (issue 15: cold
// start ≤ 3 s). Finding the file of a require — tsconfig-paths' aliases, then Node's lookup through
// node_modules, package.json "exports" and realpath — was a sixth to a fifth of a start's CPU, for
// the same ~6,700 answers at every start. This answers a require from a directory with the file a
// previous start found for the same request from the same directory (in CommonJS the answer
// depends on nothing else), and writes the answers back at exit when the start had to look up
// anything new. Install it after tsconfig-paths, so that it answers before the aliases are tried.
// The answers are valid for one installation of the packages and one build: the file is keyed by
// `fingerprintFiles` (their size and modification time: node_modules' lock file and the build's
// entry, rewritten by every install and every build), and an answer whose file is gone is dropped.
// Any failure to read or write the file only costs the time it would save.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

/** The identity of what the answers depend on: each file's size and modification time. */
function fingerprintOf(files) {
  return files
    .map((file) => {
      try {
        const { size, mtimeMs } = fs.statSync(file);
        return `${file}:${size}:${mtimeMs}`;
      } catch {
        return `${file}:none`;
      }
    })
    .join('|');
}

/**
 * Starts answering requires from `dir`'s file (created when missing). Returns how many answers
 * this process started with and, later, how many it found in the file or had to look up.
 */
function enableResolveCache(dir, fingerprintFiles) {
  const file = path.join(dir, 'resolve-cache.json');
  const fingerprint = `${process.version}|${process.arch}|${fingerprintOf(fingerprintFiles)}`;
  /** `directory \0 request` → file: what the previous start found. */
  let stored = new Map();
  try {
    const read = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (read.fingerprint === fingerprint) stored = new Map(Object.entries(read.answers));
  } catch {
    // No answers yet, or not readable: this start looks everything up.
  }
  /** The answers of this start, to write back. */
  const answers = new Map();
  let hits = 0;
  let lookups = 0;

  const resolve = Module._resolveFilename;
  Module._resolveFilename = function resolveWithCache(request, parent, isMain, options) {
    // Only plain requires from a file: not the entry, not require.resolve with its own paths, not built-ins.
    if (isMain || options || !parent || !parent.filename || request.startsWith('node:') || Module.isBuiltin(request)) {
      return resolve.call(this, request, parent, isMain, options);
    }
    const key = `${path.dirname(parent.filename)}\0${request}`;
    const known = stored.get(key);
    if (known !== undefined) {
      stored.delete(key); // checked once: the next require of it from here is answered from `answers`
      if (fs.existsSync(known)) {
        hits++;
        answers.set(key, known);
        return known;
      }
    }
    const again = answers.get(key);
    if (again !== undefined) return again;
    const filename = resolve.call(this, request, parent, isMain, options);
    lookups++;
    answers.set(key, filename);
    return filename;
  };

  process.once('exit', () => {
    if (lookups === 0) return;
    // Answers of the previous start this one did not need (another entry point's) stay valid.
    for (const [key, filename] of stored) if (!answers.has(key)) answers.set(key, filename);
    try {
      fs.mkdirSync(dir, { recursive: true });
      // Written beside and renamed: a start reading meanwhile sees the old file or the new one, whole.
      const temporary = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, JSON.stringify({ fingerprint, answers: Object.fromEntries(answers) }));
      fs.renameSync(temporary, file);
    } catch {
      // A read-only installation starts as fast as it did without the cache.
    }
  });
  return { stats: () => ({ hits, lookups }) };
}

module.exports = { enableResolveCache };
