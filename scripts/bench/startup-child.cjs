// One start of Limber's main bundle with the mocked electron, for scripts/bench/startup.ts.
//   node startup-child.cjs <electron-mock.cjs> <dist/main/main.cjs> --limber-user-data=<dir>
// Prints one JSON line: {"bench":"startup", bootMs, requireMs, shellMs, totalMs} (wall ms; bootMs
// and totalMs since the process started, performance.timeOrigin) and requireCpuMs, shellCpuMs
// (process.cpuUsage(): CPU time of the process, all its threads, GC included). The mock is loaded before the clock starts: it
// stands in for Electron, whose own start is not Limber's work.
'use strict';
const bootMs = performance.now();
const cpu0 = process.cpuUsage();
const cpuMs = (since) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};
const Module = require('node:module');
const [mockPath, mainPath, ...appArgs] = process.argv.slice(2);
// as `electron dist/main/main.cjs …` (an unpackaged app: argv[0] electron, argv[1] the script)
process.argv = [process.execPath, mainPath, ...appArgs];
process.defaultApp = true;
const mock = require(mockPath);
const electron = { ...mock.fake, default: mock.fake };
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? mockPath : resolve.call(this, request, ...rest);
};
require.cache[mockPath].exports = electron;

// the app's `whenReady().then(startShell …)`: time the callback the app registers
let shellMs = NaN;
let shellCpuMs = NaN;
let ready = null;
const whenReady = mock.fake.app.whenReady.bind(mock.fake.app);
mock.fake.app.whenReady = () => {
  const p = whenReady();
  return {
    then(fn, ...rest) {
      ready = p.then(() => {
        const t = performance.now();
        const c = process.cpuUsage();
        fn();
        shellMs = performance.now() - t;
        shellCpuMs = cpuMs(c);
      }, ...rest);
      return ready;
    },
  };
};
console.log = () => {}; // the shell's own log lines

const t0 = performance.now();
const c0 = process.cpuUsage();
require(mainPath);
const requireMs = performance.now() - t0;
const requireCpuMs = cpuMs(c0);
void cpu0;
if (!ready) throw new Error('main.cjs did not wait for app.whenReady()');
ready.then(() => {
  const totalMs = performance.now();
  if (mock.FakeTray.instances.length !== 1) throw new Error(`expected one tray, got ${mock.FakeTray.instances.length}`);
  process.stdout.write(`${JSON.stringify({ bench: 'startup', bootMs, requireMs, shellMs, totalMs, requireCpuMs, shellCpuMs })}\n`, () => process.exit(0));
});
