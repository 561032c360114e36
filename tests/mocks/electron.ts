// A minimal stand-in for the `electron` module, used by every unit test (see tests/setup-unit.ts).
// Shell tests extend or replace it per file with vi.mock('electron', …).
export function electronMock(): Record<string, unknown> {
  const notAvailable = (name: string) => () => {
    throw new Error(`electron.${name} is not available in unit tests; mock it in the test`);
  };
  return {
    default: {},
    app: { getPath: notAvailable('app.getPath') },
  };
}
