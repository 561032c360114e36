// Whether Electron's Chromium sandbox can start on this Linux machine when run from a source
// checkout (`npm start`, `npm run test:electron`), and what to do when it cannot. Chromium needs
// either unprivileged user namespaces or its setuid helper (node_modules/electron/dist/
// chrome-sandbox owned by root, mode 4755); with neither it aborts ("The SUID sandbox helper
// binary was found, but is not configured correctly"). Ubuntu ≥ 24.04 restricts unprivileged
// user namespaces through AppArmor (kernel.apparmor_restrict_unprivileged_userns=1), so a plain
// `npm start` there hits exactly that. We never switch the sandbox off silently: the run stops
// with the two real fixes, and `LIMBER_NO_SANDBOX=1` is the explicit, per-run opt-out.
// (Packaged builds are covered by electron-builder: the deb installs an AppArmor profile, the
// AppImage's AppRun probes `unshare -Ur true` and adds --no-sandbox only when it fails.)
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The facts, gathered from the machine (each overridable for tests). */
export function probeSandbox(electronDir, o = {}) {
  const platform = o.platform ?? process.platform;
  const uid = o.uid ?? (typeof process.getuid === 'function' ? process.getuid() : -1);
  if (platform !== 'linux') return { platform, uid };
  const helperPath = o.helperPath ?? join(electronDir, 'dist', 'chrome-sandbox');
  let helper = null;
  try {
    const st = lstatSync(helperPath);
    helper = { path: helperPath, file: st.isFile(), uid: st.uid, mode: st.mode & 0o7777 };
  } catch {
    helper = null;
  }
  const userns = o.userns ?? (() => spawnSync('unshare', ['-Ur', 'true'], { stdio: 'ignore', timeout: 5000 }).status === 0)();
  const restrictFile = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';
  const apparmorRestricts = o.apparmorRestricts ?? (existsSync(restrictFile) && readFileSync(restrictFile, 'utf8').trim() === '1');
  return { platform, uid, helper, userns, apparmorRestricts };
}

/**
 * { switches } to pass to Electron, or { problem } to print and stop.
 * @param facts from probeSandbox
 * @param env LIMBER_NO_SANDBOX=1 opts out for this run
 */
export function sandboxPlan(facts, env = process.env) {
  if (facts.platform !== 'linux') return { switches: [] };
  // Chromium refuses to run as root with its sandbox (containers, CI)
  if (facts.uid === 0) return { switches: ['--no-sandbox'], note: 'running as root: Chromium needs --no-sandbox' };
  const helperOk = facts.helper !== null && facts.helper.file && facts.helper.uid === 0 && facts.helper.mode === 0o4755;
  if (facts.userns || helperOk) return { switches: [] };
  if (env.LIMBER_NO_SANDBOX === '1') {
    return { switches: ['--no-sandbox'], note: 'LIMBER_NO_SANDBOX=1: running WITHOUT the Chromium sandbox, as asked' };
  }
  const helper = facts.helper?.path ?? 'node_modules/electron/dist/chrome-sandbox';
  return {
    problem: [
      'limber: Electron cannot start its sandbox on this machine, and would abort.',
      facts.apparmorRestricts
        ? '  Why: this system restricts unprivileged user namespaces with AppArmor (Ubuntu 24.04 and later),'
        : '  Why: unprivileged user namespaces are not available here,',
      `  and the sandbox helper ${helper} is not owned by root with mode 4755.`,
      '  Fix it once (the fix Chromium itself names):',
      `    sudo chown root:root ${helper} && sudo chmod 4755 ${helper}`,
      '  or run this once without the sandbox (Limber\'s pages are local, but you lose a layer of protection):',
      '    LIMBER_NO_SANDBOX=1 npm start',
    ].join('\n'),
  };
}
