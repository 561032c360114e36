// `npm run build`: the main process and the preload (Vite 8 build API, library mode, CommonJS
// for Node/Electron, with `electron` and Node built-ins external and every npm dependency bundled),
// the tray/app icons, then the renderer (vite.config.ts, owned by the renderer). Prints sizes.
//   node scripts/build.mjs [--main-only]
import { builtinModules } from 'node:module';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { limberMessages } from './i18n/vite-plugin.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outMain = join(root, 'dist/main');
const mainOnly = process.argv.includes('--main-only');

// koffi (Windows FFI, optional) is a native module: loaded at run time, never bundled
const external = ['electron', /^electron\//, ...builtinModules, /^node:/, 'koffi'];

/**
 * What the main bundle must not carry: electron-store's `conf` imports ajv and ajv-formats (used
 * only for a `schema` option) and semver (used only for a `migrations` option) at load time;
 * Limber passes neither (it checks and migrates the settings file itself), so they are replaced
 * by stubs that refuse with a clear message (scripts/lib/no-ajv.mjs, no-semver.mjs).
 */
const mainAliases = [
  { find: /^ajv\/dist\/2020(\.js)?$/, replacement: join(root, 'scripts/lib/no-ajv.mjs') },
  { find: /^ajv-formats$/, replacement: join(root, 'scripts/lib/no-ajv.mjs') },
  { find: /^semver$/, replacement: join(root, 'scripts/lib/no-semver.mjs') },
];

/**
 * The main bundle is parsed at every start: whitespace and dead code go, and the names of local
 * variables are shortened; module-level functions, classes and methods keep their names (and
 * `name`), so stack traces in a user's report still name the source's functions (the source map
 * beside the bundle has the rest).
 */
const MAIN_MINIFY = { compress: true, mangle: { toplevel: false, keepNames: true }, codegen: { removeWhitespace: true } };

/**
 * Writes `<name>.modules.json` next to the bundle: the rendered bytes of every module in it,
 * summed per npm package and per source folder — what `npm run bench` reports as the bundle's
 * contents.
 */
function moduleReport(name) {
  return {
    name: 'limber-module-report',
    generateBundle(_options, bundle) {
      const lazy = Object.values(bundle)
        .filter((c) => c.type === 'chunk' && !c.isEntry)
        .map((c) => ({ file: c.fileName, bytes: Buffer.byteLength(c.code) }));
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const modules = Object.entries(chunk.modules).map(([id, m]) => ({ id: relative(root, id.replace(/^\0/, '')), bytes: m.renderedLength }));
        const groups = {};
        for (const m of modules) {
          const nm = m.id.lastIndexOf('node_modules/');
          let key;
          if (nm >= 0) {
            const parts = m.id.slice(nm + 13).split('/');
            key = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
          } else {
            key = dirname(m.id);
          }
          groups[key] = (groups[key] ?? 0) + m.bytes;
        }
        const report = {
          file: chunk.fileName,
          bytes: Buffer.byteLength(chunk.code),
          groups: Object.entries(groups).sort((a, b) => b[1] - a[1]).map(([group, bytes]) => ({ group, bytes })),
          /** chunks loaded later with import() (not parsed at start) */
          lazy,
          modules: modules.sort((a, b) => b.bytes - a.bytes),
        };
        this.emitFile({ type: 'asset', fileName: `${name}.modules.json`, source: `${JSON.stringify(report, null, 1)}\n` });
      }
    },
  };
}

/**
 * One CommonJS bundle per entry. Main and preload are built separately on purpose: a sandboxed
 * preload may `require` only `electron`, so it must not share a chunk with the main bundle.
 * `lazyChunks`: what the entry loads with a dynamic import() (the busy detectors' X11 and D-Bus
 * clients, ~1 MB) goes into files of its own beside it, read only when first used, so start-up
 * does not compile it.
 */
async function bundle(name, entry, { emptyOutDir, alias = [], lazyChunks = false }) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    // (one `plugins` key: a second one silently dropped the messages plugin)
    plugins: [limberMessages(), moduleReport(name)],
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    resolve: { conditions: ['node'], mainFields: ['module', 'main'], alias },
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: true,
      outDir: outMain,
      emptyOutDir,
      target: 'node22',
      minify: false, // see MAIN_MINIFY
      sourcemap: true,
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: { entry: join(root, entry), formats: ['cjs'], fileName: () => `${name}.cjs` },
      rollupOptions: {
        external,
        output: lazyChunks
          ? { exports: 'auto', chunkFileNames: `${name}-lazy-[name].cjs`, minify: MAIN_MINIFY }
          : { codeSplitting: false, exports: 'auto', minify: MAIN_MINIFY },
      },
    },
  });
}

function copyIcons() {
  const from = join(root, 'assets/icons');
  const to = join(root, 'dist/icons');
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  if (!existsSync(from)) return 0;
  let n = 0;
  for (const f of readdirSync(from)) {
    if (!f.endsWith('.png') || !(f.startsWith('tray') || f === 'icon-256.png')) continue;
    copyFileSync(join(from, f), join(to, f));
    n++;
  }
  return n;
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function printSizes(dir) {
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isFile() && !f.endsWith('.map') && !f.endsWith('.modules.json')) console.log(`  ${relative(root, p).padEnd(32)} ${kb(statSync(p).size).padStart(10)}`);
  }
}

const started = Date.now();
try {
  await bundle('main', 'src-main/main.ts', { emptyOutDir: true, alias: mainAliases, lazyChunks: true });
  await bundle('preload', 'src-main/preload.ts', { emptyOutDir: false });
} catch (err) {
  console.error(`build: the main-process bundle failed: ${err.message}`);
  process.exit(1);
}
const icons = copyIcons();
console.log('main process:');
printSizes(outMain);
console.log(`  ${icons} icon file(s) → dist/icons`);

if (!mainOnly) {
  if (existsSync(join(root, 'vite.config.ts'))) {
    try {
      await build({ configFile: join(root, 'vite.config.ts'), root: undefined, logLevel: 'warn' });
    } catch (err) {
      console.error(`build: the renderer build failed: ${err.message}`);
      process.exit(1);
    }
    const rendererDir = join(root, 'dist/renderer');
    if (existsSync(rendererDir)) {
      let total = 0;
      const walk = (d) => {
        for (const f of readdirSync(d)) {
          const p = join(d, f);
          if (statSync(p).isDirectory()) walk(p);
          else total += statSync(p).size;
        }
      };
      walk(rendererDir);
      console.log(`renderer: dist/renderer ${kb(total)} in all`);
    }
  } else {
    console.log('renderer: no vite.config.ts yet, skipped');
  }
}
console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
