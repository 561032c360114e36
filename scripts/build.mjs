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
 * One CommonJS bundle per entry. Main and preload are built separately on purpose: a sandboxed
 * preload may `require` only `electron`, so it must not share a chunk with the main bundle.
 * `lazyChunks`: what the entry loads with a dynamic import() (the busy detectors' X11 and D-Bus
 * clients, ~1 MB) goes into files of its own beside it, read only when first used, so start-up
 * does not compile it.
 */
async function bundle(name, entry, { emptyOutDir, lazyChunks = false }) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    plugins: [limberMessages()],
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    resolve: { conditions: ['node'], mainFields: ['module', 'main'] },
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: true,
      outDir: outMain,
      emptyOutDir,
      target: 'node22',
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: { entry: join(root, entry), formats: ['cjs'], fileName: () => `${name}.cjs` },
      rollupOptions: {
        external,
        output: lazyChunks
          ? { exports: 'auto', chunkFileNames: `${name}-lazy-[name].cjs` }
          : { codeSplitting: false, exports: 'auto' },
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
    if (statSync(p).isFile() && !f.endsWith('.map')) console.log(`  ${relative(root, p).padEnd(32)} ${kb(statSync(p).size).padStart(10)}`);
  }
}

const started = Date.now();
try {
  await bundle('main', 'src-main/main.ts', { emptyOutDir: true, lazyChunks: true });
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
