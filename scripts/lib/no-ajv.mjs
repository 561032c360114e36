// Stands in for ajv and ajv-formats in the shipped main bundle (scripts/build.mjs aliases them
// here). electron-store's `conf` imports both at load time but only uses them when it is given a
// `schema` (or `ajvOptions`/`rootSchema`) option, which Limber never passes: the settings file is
// checked by the core's settings model (src-main/settings-store.ts). Loading and compiling
// with ajv cost ~180 ms at every start and ~290 KB of bundle. If something does pass a schema,
// this says why it cannot work instead of failing somewhere inside conf.
const refuse = () => {
  throw new Error('ajv is not in the Limber main bundle: the settings are checked by the core model, do not pass `schema` to electron-store');
};
export class Ajv2020 {
  constructor() {
    refuse();
  }
}
export default { default: refuse };
