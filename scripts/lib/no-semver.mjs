// Stands in for semver in the shipped main bundle (scripts/build.mjs aliases it here).
// electron-store's `conf` imports it at load time but only uses it for its `migrations` option,
// which Limber never passes: the settings file's layout is versioned and migrated by
// src-main/settings-file.ts. Saves ~67 KB of bundle parsed at every start.
const refuse = () => {
  throw new Error('semver is not in the Limber main bundle: migrate the settings file in src-main/settings-file.ts, do not pass `migrations` to electron-store');
};
export default new Proxy({}, { get: () => refuse });
