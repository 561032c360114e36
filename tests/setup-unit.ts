// Every unit test runs against a mocked `electron`: the real module needs a binary that
// may not exist here, and the core must never depend on it anyway.
import { vi } from 'vitest';
vi.mock('electron', async () => (await import('./mocks/electron')).electronMock());
