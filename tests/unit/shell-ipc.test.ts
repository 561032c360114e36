// The typed bridge in the main process: every handler refuses a foreign sender (another window,
// a page that is not ours, a sub-frame, a vanished frame) and a bad payload, with a clear error.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, ipcMain } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildBridge } from '../../src-main/bridge-client';
import { API_METHODS, channelOf, eventChannelOf, type LimberApi } from '../../src-main/core/bridge';
import { ENGAGE_CHANNEL, registerIpc, sendEvent } from '../../src-main/ipc';
import { devServerFrom, isOwnPage, pageUrl, type PageSource } from '../../src-main/pages';
import { fake, fakeState, FakeBrowserWindow, ipcEventFrom, resetElectronMock } from '../mocks/electron';

const src: PageSource = { rendererDir: path.resolve('/opt/limber/dist/renderer'), devServer: null };
const breakUrl = pageUrl(src, 'break');

function fakeApi(): LimberApi & Record<string, ReturnType<typeof vi.fn>> {
  const api: Record<string, unknown> = {};
  for (const m of API_METHODS) api[m] = vi.fn(async (arg?: unknown) => ({ called: m, arg }));
  return api as never;
}

function setup() {
  const ours = new BrowserWindow({}) as unknown as FakeBrowserWindow;
  void ours.loadURL(breakUrl);
  const stranger = new BrowserWindow({}) as unknown as FakeBrowserWindow;
  void stranger.loadURL(breakUrl);
  const api = fakeApi();
  const onEngage = vi.fn();
  const onRefused = vi.fn();
  const unregister = registerIpc({
    ipcMain,
    api,
    isOurContents: (wc) => wc === (ours.webContents as unknown),
    isOwnPage: (url) => isOwnPage(src, url),
    onEngage,
    onRefused,
  });
  const invoke = (method: string, event = ipcEventFrom(ours), ...args: unknown[]) => fake.ipcMain.invoke(channelOf(method as never), event, ...args);
  return { ours, stranger, api, onEngage, onRefused, unregister, invoke };
}

beforeEach(() => resetElectronMock());

describe('registerIpc', () => {
  it('registers one handler per bridge method', () => {
    setup();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(API_METHODS.map((m) => channelOf(m)).sort());
  });

  it('passes a valid call from our window through to the app', async () => {
    const { api, invoke } = setup();
    await expect(invoke('getStatus')).resolves.toEqual({ called: 'getStatus', arg: undefined });
    await invoke('breakAction', undefined, { type: 'partial', fraction: 0.5 });
    expect(api.breakAction).toHaveBeenCalledWith({ type: 'partial', fraction: 0.5 });
    await invoke('exportHistory', undefined, 'csv');
    expect(api.exportHistory).toHaveBeenCalledWith('csv');
  });

  describe.each(API_METHODS)('%s refuses foreign senders', (method) => {
    it('from a window that is not ours', async () => {
      const { stranger, api, invoke } = setup();
      await expect(invoke(method, ipcEventFrom(stranger))).rejects.toThrow(`limber: ${method} refused: the sender is not a Limber window`);
      expect(api[method]).not.toHaveBeenCalled();
    });
    it('from our window showing a foreign page', async () => {
      const { ours, api, invoke } = setup();
      await expect(invoke(method, ipcEventFrom(ours, 'https://evil.example/'))).rejects.toThrow(/is not a Limber page/);
      expect(api[method]).not.toHaveBeenCalled();
    });
    it('from a sub-frame or a frame that is gone', async () => {
      const { ours, invoke } = setup();
      await expect(invoke(method, { sender: ours.webContents, senderFrame: { url: breakUrl, parent: {} } } as never)).rejects.toThrow(/sub-frames/);
      await expect(invoke(method, { sender: ours.webContents, senderFrame: null })).rejects.toThrow(/frame is gone/);
    });
  });

  it.each([
    ['breakAction', [{ type: 'explode' }], /unknown break action "explode"/],
    ['breakAction', [{ type: 'partial', fraction: 2 }], /fraction must be a number from 0 to 1/],
    ['breakAction', ['start'], /must be an object/],
    ['breakAction', [{ type: 'start', extra: 1 }], /unexpected field/],
    ['getStatus', [{ x: 1 }], /takes no argument/],
    ['setExcluded', [{ id: '../../etc', excluded: true }], /setExcluded takes/],
    ['updateSettings', [[1, 2]], /must be an object/],
    ['exportHistory', ['pdf'], /"csv" or "raw"/],
    ['getBreak', [1, 2], /at most one argument/],
  ])('%s refuses the payload %j', async (method, args, message) => {
    const { api, invoke, onRefused } = setup();
    await expect(invoke(method, undefined, ...args)).rejects.toThrow(message);
    expect(api[method]).not.toHaveBeenCalled();
    expect(onRefused).toHaveBeenCalled();
  });

  it('accepts pages from the dev server only when one is configured', () => {
    const dev: PageSource = { ...src, devServer: 'http://localhost:5173' };
    expect(isOwnPage(dev, 'http://localhost:5173/break.html')).toBe(true);
    expect(isOwnPage(src, 'http://localhost:5173/break.html')).toBe(false);
    expect(isOwnPage(dev, 'http://localhost:5174/break.html')).toBe(false);
  });

  it('knows exactly which files are ours', () => {
    expect(isOwnPage(src, breakUrl)).toBe(true);
    expect(isOwnPage(src, `${pageUrl(src, 'settings')}?x=1#y`)).toBe(true);
    expect(isOwnPage(src, pathToFileURL('/opt/limber/dist/renderer/other.html').href)).toBe(false);
    expect(isOwnPage(src, pathToFileURL('/tmp/break.html').href)).toBe(false);
    expect(isOwnPage(src, 'file://host/opt/limber/dist/renderer/break.html')).toBe(false);
    // pages are served from limber://app only: the renderer folder over file:// is not ours any more
    expect(breakUrl).toBe('limber://app/break.html');
    expect(isOwnPage(src, pathToFileURL(path.join(src.rendererDir, 'break.html')).href)).toBe(false);
    expect(isOwnPage(src, 'limber://app/other.html')).toBe(false);
    expect(isOwnPage(src, 'limber://app/assets/../break.html')).toBe(true);
    expect(isOwnPage(src, 'limber://evil/break.html')).toBe(false);
    expect(isOwnPage(src, 'limber://user@app/break.html')).toBe(false);
    expect(isOwnPage(src, 'limber://app:8080/break.html')).toBe(false);
    for (const u of ['about:blank', 'data:text/html,hi', 'devtools://x', '', 'not a url']) expect(isOwnPage(src, u)).toBe(false);
  });

  it('a dev server must be loopback http, and never when packaged', () => {
    expect(devServerFrom({ LIMBER_DEV_SERVER: 'http://localhost:5173/' }, false)).toBe('http://localhost:5173');
    expect(devServerFrom({ LIMBER_DEV_SERVER: 'http://127.0.0.1:5173' }, false)).toBe('http://127.0.0.1:5173');
    expect(devServerFrom({ LIMBER_DEV_SERVER: 'http://localhost:5173' }, true)).toBeNull();
    expect(devServerFrom({ LIMBER_DEV_SERVER: 'https://example.com' }, false)).toBeNull();
    expect(devServerFrom({ LIMBER_DEV_SERVER: 'http://example.com' }, false)).toBeNull();
    expect(devServerFrom({}, false)).toBeNull();
  });

  it('the engage signal counts only from our window', () => {
    const { ours, stranger, onEngage } = setup();
    fake.ipcMain.emit(ENGAGE_CHANNEL, ipcEventFrom(stranger));
    fake.ipcMain.emit(ENGAGE_CHANNEL, ipcEventFrom(ours, 'https://evil.example/'));
    expect(onEngage).not.toHaveBeenCalled();
    fake.ipcMain.emit(ENGAGE_CHANNEL, ipcEventFrom(ours));
    expect(onEngage).toHaveBeenCalledWith(ours.webContents);
  });

  it('unregisters everything', () => {
    const { unregister } = setup();
    unregister();
    expect(fake.ipcMain.handlers.size).toBe(0);
    expect(fake.ipcMain.listenerCount(ENGAGE_CHANNEL)).toBe(0);
  });

  it('sendEvent pushes to live pages only', () => {
    const { ours } = setup();
    sendEvent(ours.webContents as never, 'history', null);
    expect(ours.webContents.sent).toEqual([{ channel: eventChannelOf('history'), args: [null] }]);
    ours.destroy();
    sendEvent(ours.webContents as never, 'history', null);
    sendEvent(null, 'history', null);
    expect(ours.webContents.sent).toHaveLength(1);
  });
});

describe('the renderer side (preload)', () => {
  it('exposes exactly the bridge methods plus on(), invoking their channels', async () => {
    const b = buildBridge(fake.ipcRenderer as never) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    expect(Object.keys(b).sort()).toEqual([...API_METHODS, 'on'].sort());
    expect(Object.isFrozen(b)).toBe(true);
    await b.getStatus!();
    await b.breakAction!({ type: 'start' });
    expect(fakeState.rendererInvokes).toEqual([
      { channel: 'limber:getStatus', args: [] },
      { channel: 'limber:breakAction', args: [{ type: 'start' }] },
    ]);
  });

  it('on() delivers the payload only, and unsubscribes', () => {
    const b = buildBridge(fake.ipcRenderer as never);
    const got: unknown[] = [];
    const off = b.on('status', (p) => got.push(p));
    fake.ipcRenderer.emit(eventChannelOf('status'), { sender: 'secret' }, { tooltip: 'x' });
    off();
    fake.ipcRenderer.emit(eventChannelOf('status'), {}, { tooltip: 'y' });
    expect(got).toEqual([{ tooltip: 'x' }]);
    expect(() => b.on('nope' as never, () => {})).toThrow(/unknown event/);
  });

  it('the preload exposes only window.limber', async () => {
    const listeners: string[] = [];
    vi.stubGlobal('window', { addEventListener: (name: string) => listeners.push(name) });
    await import('../../src-main/preload');
    expect([...fakeState.exposed.keys()]).toEqual(['limber']);
    expect(listeners).toEqual(['pointerdown']);
    vi.unstubAllGlobals();
  });
});
