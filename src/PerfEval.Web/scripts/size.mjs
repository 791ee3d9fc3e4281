// Prints the JavaScript each role's first page downloads (after `npm run build`): the entry chunk, the page's own
// chunk and every chunk they import statically, raw and compressed as the server sends them (gzip level 9 and
// Brotli quality 11, the files the build writes beside each asset); "+ later" is what the page loads after it is on
// screen (its own dynamic imports: the charting library on the dashboard). Reads wwwroot/.vite/manifest.json.
// `npm run size`; `npm run size -- --json` prints the figures as JSON (the browser tests read them).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'PerfEval.Api', 'wwwroot');
export const budgetKb = 250;

/** Each role's first page: where the sign-in sends the role (auth/session.ts homeOf) and the page's source. */
export const firstPages = [
  { role: 'unit', path: '/unit', page: 'src/pages/unit/MyFormsPage.tsx' },
  { role: 'reviewer', path: '/reviewer', page: 'src/pages/reviewer/InboxPage.tsx' },
  { role: 'manager', path: '/manager', page: 'src/pages/manager/DashboardPage.tsx' },
];

/** The chunk files a manifest entry loads before it runs: itself and its static imports, transitively. */
export function closure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key]?.imports ?? []) closure(manifest, next, seen);
  return seen;
}

const compressed = (file) => {
  const bytes = readFileSync(join(root, file));
  const read = (ext, make) => { try { return readFileSync(join(root, file + ext)).length; } catch { return make(bytes).length; } };
  return {
    raw: bytes.length,
    gzip: read('.gz', (b) => gzipSync(b, { level: 9 })),
    brotli: read('.br', (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
  };
};

export function measure() {
  const manifest = JSON.parse(readFileSync(join(root, '.vite', 'manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  return firstPages.map(({ role, path, page }) => {
    if (!manifest[page]) throw new Error(`${page} is not a chunk of the build: is it still loaded lazily?`);
    const keys = closure(manifest, page, closure(manifest, entry));
    const jsOf = (set) => [...new Set([...set].map((k) => manifest[k].file))].filter((f) => f.endsWith('.js'));
    const files = jsOf(keys);
    // What the page's chunks import dynamically (not the entry's: those are the other pages).
    const later = new Set();
    for (const k of keys) {
      if (k === entry) continue;
      for (const d of manifest[k].dynamicImports ?? []) closure(manifest, d, later);
    }
    const laterFiles = jsOf(later).filter((f) => !files.includes(f));
    const total = (list, p) => list.map(compressed).reduce((s, x) => s + x[p], 0);
    return {
      role, path, files: files.length, raw: total(files, 'raw'), gzip: total(files, 'gzip'), brotli: total(files, 'brotli'),
      laterGzip: total(laterFiles, 'gzip'),
    };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = measure();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ budgetKb, pages: rows }));
  } else {
    const kb = (n) => (n / 1024).toFixed(1).padStart(8);
    console.log(`first page of each role: JavaScript (KB; budget ${budgetKb} KB gzip)`);
    console.log('role      page        files      raw     gzip   brotli  + later (gzip)');
    for (const r of rows) {
      console.log(`${r.role.padEnd(9)} ${r.path.padEnd(10)} ${String(r.files).padStart(6)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)} ${kb(r.laterGzip)}${r.gzip / 1024 > budgetKb ? '  over budget' : ''}`);
    }
  }
}
