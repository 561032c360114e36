// Where things are: the built files next to main.cjs, and the data folder (userData), which tests
// and portable setups can move with LIMBER_USER_DATA or --limber-user-data=<dir>. Pure.
import path from 'node:path';

export interface BuiltPaths {
  rendererDir: string;
  preload: string;
  iconsDir: string;
}

/** Layout of the build: dist/main/{main,preload}.cjs, dist/renderer/*.html, dist/icons/*.png. */
export function builtPaths(mainDir: string): BuiltPaths {
  const dist = path.resolve(mainDir, '..');
  return {
    rendererDir: path.join(dist, 'renderer'),
    preload: path.join(mainDir, 'preload.cjs'),
    iconsDir: path.join(dist, 'icons'),
  };
}

const SWITCH = '--limber-user-data=';

/** An absolute data folder asked for on the command line or in the environment, else null. */
export function userDataOverride(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): string | null {
  const fromArg = argv.find((a) => a.startsWith(SWITCH))?.slice(SWITCH.length);
  const dir = fromArg || env.LIMBER_USER_DATA || '';
  return dir && path.isAbsolute(dir) ? path.normalize(dir) : null;
}
