// The main-process end of the typed bridge (core/bridge.ts). One handler per API method; EVERY
// call is checked before it reaches the app:
//   1. the sender is one of our windows (its webContents), and the call comes from its main frame;
//   2. that frame shows one of our pages (limber://app/<page>.html, or the dev server);
//   3. the payload passes the bridge's validator (at most one argument).
// Anything else is refused with an Error naming the method and the reason (the renderer's
// invoke() rejects with it). Nothing is trusted because it arrived over IPC.
import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import { sayer, type MainTranslate } from './core/main-text';
import { API_METHODS, channelOf, eventChannelOf, validateRequest, type ApiMethod, type EventName, type LimberApi, type LimberEvents } from './core/bridge';

/** Sent by our preload when the user first presses on the break window (see break-window.ts). */
export const ENGAGE_CHANNEL = 'limber:internal:engage';

export interface SenderCheck {
  /** is this one of our windows' webContents? */
  isOurContents(contents: WebContents): boolean;
  /** is this URL one of our pages? */
  isOwnPage(url: string): boolean;
}

type AnyEvent = Pick<IpcMainInvokeEvent | IpcMainEvent, 'sender' | 'senderFrame'>;

/** Why a sender is refused, or null if it is ours. */
export function senderProblem(event: AnyEvent, check: SenderCheck): string | null {
  const frame = event.senderFrame;
  if (!frame) return 'the sending frame is gone';
  if ((frame as { parent?: unknown }).parent) return 'calls from sub-frames are not accepted';
  if (!event.sender || !check.isOurContents(event.sender)) return 'the sender is not a Limber window';
  if (!check.isOwnPage(frame.url)) return `the sending page (${describeUrl(frame.url)}) is not a Limber page`;
  return null;
}

function describeUrl(url: string): string {
  return url.length > 80 ? `${url.slice(0, 77)}…` : url || 'no URL';
}

export interface IpcDeps extends SenderCheck {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler' | 'on' | 'removeListener'>;
  api: LimberApi;
  /** the break window's contents asked to take the keyboard */
  onEngage(contents: WebContents): void;
  /** logged, never shown to the page */
  onRefused?(method: string, reason: string): void;
  /**
   * The main process's translator of the moment: a refusal reaches the page (its call rejects) and
   * may be shown there, so its frame is in the person's language; the reason, a check's own text
   * naming the method's fields, is as the check wrote it. English without it.
   */
  words?: () => MainTranslate;
}

/** Registers every handler; returns a function that removes them. */
export function registerIpc(deps: IpcDeps): () => void {
  for (const method of API_METHODS) {
    deps.ipcMain.handle(channelOf(method), async (event, ...args: unknown[]) => {
      const refuse = (reason: string): never => {
        deps.onRefused?.(method, reason);
        throw new Error(sayer(deps.words?.())('main.bridge.refused', { method, reason }, `limber: ${method} refused: ${reason}`));
      };
      const problem = senderProblem(event, deps);
      if (problem) refuse(problem);
      if (args.length > 1) refuse('it takes at most one argument');
      const checked = validateRequest(method, args[0]);
      if (!checked.ok) return refuse(checked.errors.join('; '));
      return call(deps.api, method, checked.value.arg);
    });
  }
  const engage = (event: IpcMainEvent) => {
    if (senderProblem(event, deps) === null) deps.onEngage(event.sender);
  };
  deps.ipcMain.on(ENGAGE_CHANNEL, engage);
  return () => {
    for (const method of API_METHODS) deps.ipcMain.removeHandler(channelOf(method));
    deps.ipcMain.removeListener(ENGAGE_CHANNEL, engage);
  };
}

function call(api: LimberApi, method: ApiMethod, arg: unknown): Promise<unknown> {
  const fn = api[method] as (arg?: unknown) => Promise<unknown>;
  return arg === undefined ? fn.call(api) : fn.call(api, arg);
}

/** Pushes an event to a window's page, if it is still there. */
export function sendEvent<E extends EventName>(contents: WebContents | null | undefined, name: E, payload: LimberEvents[E]): void {
  if (contents && !contents.isDestroyed()) contents.send(eventChannelOf(name), payload);
}
