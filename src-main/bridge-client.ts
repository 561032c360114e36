// The renderer-side bridge object, built generically from the channel list in core/bridge.ts.
// Used by the preload (with the real ipcRenderer); kept apart so it can be tested in Node.
import type { IpcRenderer } from 'electron';
import { API_METHODS, EVENT_NAMES, channelOf, eventChannelOf, type EventName, type LimberBridge, type LimberEvents } from './core/bridge';

export function buildBridge(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): LimberBridge {
  const bridge: Record<string, unknown> = {};
  for (const method of API_METHODS) {
    const channel = channelOf(method);
    bridge[method] = (arg?: unknown) => (arg === undefined ? ipc.invoke(channel) : ipc.invoke(channel, arg));
  }
  bridge.on = <E extends EventName>(name: E, listener: (payload: LimberEvents[E]) => void): (() => void) => {
    if (!(EVENT_NAMES as readonly string[]).includes(name)) throw new Error(`limber: unknown event "${String(name)}"`);
    if (typeof listener !== 'function') throw new Error('limber: on() needs a listener function');
    const channel = eventChannelOf(name);
    // the page gets the payload only, never the IPC event (it holds the sender object)
    const wrapped = (_event: unknown, payload: LimberEvents[E]) => listener(payload);
    ipc.on(channel, wrapped);
    return () => void ipc.removeListener(channel, wrapped);
  };
  return Object.freeze(bridge) as unknown as LimberBridge;
}
