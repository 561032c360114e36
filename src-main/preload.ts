// The preload of every Limber window (sandboxed, context-isolated): exposes ONLY the typed bridge
// as `window.limber`. It also tells the main process when the user first presses on the page, so
// the break window (shown without focus) may take the keyboard; that signal is not exposed.
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge-client';
import { ENGAGE_CHANNEL } from './ipc';

contextBridge.exposeInMainWorld('limber', buildBridge(ipcRenderer));

window.addEventListener('pointerdown', () => ipcRenderer.send(ENGAGE_CHANNEL), { capture: true, passive: true });
