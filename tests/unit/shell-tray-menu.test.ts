// The tray menu for each state (SPEC §7), and what each item does.
import { Menu } from 'electron';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { StatusView } from '../../src-main/core/bridge';
import type { Mode, SchedulerStatus } from '../../src-main/core/scheduler';
import { statusText } from '../../src-main/core/status-text';
import { ENGLISH_TEXT } from '../../src-main/main-words';
import { CAPABILITIES, PLATFORM_KEYS } from '../../src-main/platform';
import { LimberTray, type TrayState } from '../../src-main/tray';
import { trayIconFile, trayMenuTemplate, trayStatusLine, type TrayActions, type TrayMenuState } from '../../src-main/tray-menu';
import { FakeMenu, FakeTray, resetElectronMock, setPlatform } from '../mocks/electron';
import { sittingStatus } from '../fixtures/status';

beforeEach(() => resetElectronMock());

function actions(): { [K in keyof TrayActions]: Mock<TrayActions[K]> } {
  return {
    stretchNow: vi.fn(),
    showBreak: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    setSitMinutes: vi.fn(),
    openHistory: vi.fn(),
    openSettings: vi.fn(),
    quit: vi.fn(),
  };
}
const state = (mode: Mode, paused = false, sitMinutes = 45): TrayMenuState => ({
  status: { mode, paused },
  today: { done: 3, goal: 6, minutesStretched: 7 },
  sitMinutes,
});
const build = (s: TrayMenuState, a = actions()) => ({ menu: Menu.buildFromTemplate(trayMenuTemplate(s, a)) as unknown as FakeMenu, a });

describe('running (sitting)', () => {
  it('has the SPEC items in order', () => {
    const { menu } = build(state('sitting'));
    expect(menu.labels()).toEqual(['Start a stretch now', 'Snooze/Pause', 'Remind me every', '---', 'Today: 3 of 6', '---', 'History…', 'Settings…', '---', 'Quit']);
    expect(menu.item('Today: 3 of 6').enabled).toBe(false);
  });

  it('each item does what it says', () => {
    const { menu, a } = build(state('sitting'));
    menu.item('Start a stretch now').click();
    expect(a.stretchNow).toHaveBeenCalledOnce();
    menu.item('History…').click();
    expect(a.openHistory).toHaveBeenCalledOnce();
    menu.item('Settings…').click();
    expect(a.openSettings).toHaveBeenCalledOnce();
    menu.item('Quit').click();
    expect(a.quit).toHaveBeenCalledOnce();
  });

  it('Snooze/Pause offers 30 min, 1 h, 2 h, until tomorrow and indefinitely', () => {
    const { menu, a } = build(state('sitting'));
    const sub = menu.item('Snooze/Pause').submenu!;
    expect(sub.labels()).toEqual(['For 30 minutes', 'For 1 hour', 'For 2 hours', 'Until tomorrow', 'Indefinitely']);
    for (const item of sub.items) item.click();
    expect(a.pause.mock.calls.map((c) => c[0])).toEqual([{ minutes: 30 }, { minutes: 60 }, { minutes: 120 }, { until: 'tomorrow' }, { until: 'forever' }]);
  });

  it('Remind me every: radio items with the current one checked; a pick applies at once', () => {
    const { menu, a } = build(state('sitting', false, 60));
    const sub = menu.item('Remind me every').submenu!;
    expect(sub.labels()).toEqual(['30 min', '45 min', '60 min', '90 min']);
    expect(sub.items.every((i) => i.type === 'radio')).toBe(true);
    expect(sub.items.filter((i) => i.checked).map((i) => i.label)).toEqual(['60 min']);
    sub.item('90 min').click();
    expect(a.setSitMinutes).toHaveBeenCalledWith(90);
  });

  it('a sitting time set in Settings shows as its own checked item', () => {
    const { menu } = build(state('sitting', false, 50));
    const sub = menu.item('Remind me every').submenu!;
    expect(sub.items.filter((i) => i.checked).map((i) => i.label)).toEqual(['50 min (from settings)']);
  });

  it.each<Mode>(['away', 'off-hours', 'suspended'])('in %s the menu is the running one', (mode) => {
    expect(build(state(mode)).menu.labels()[0]).toBe('Start a stretch now');
  });
});

describe('paused', () => {
  it('offers Resume instead of the pause submenu; stretch-now still works', () => {
    const { menu, a } = build(state('paused', true));
    expect(menu.labels().slice(0, 3)).toEqual(['Start a stretch now', 'Resume', 'Remind me every']);
    expect(menu.find('Snooze/Pause')).toBeUndefined();
    menu.item('Resume').click();
    expect(a.resume).toHaveBeenCalledOnce();
    menu.item('Start a stretch now').click();
    expect(a.stretchNow).toHaveBeenCalledOnce();
  });
});

describe('break showing', () => {
  it('offers to go to the break (taking the keyboard) instead of starting another', () => {
    const { menu, a } = build(state('break'));
    expect(menu.labels()[0]).toBe('Go to the stretch break');
    expect(menu.find('Start a stretch now')).toBeUndefined();
    menu.item('Go to the stretch break').click();
    expect(a.showBreak).toHaveBeenCalledOnce();
    expect(menu.item('Snooze/Pause').enabled).toBe(true); // pausing skips the shown break
  });

  it('while the routine runs, pausing is not offered (finish or stop it in its window)', () => {
    const { menu } = build(state('routine'));
    expect(menu.item('Snooze/Pause').enabled).toBe(false);
  });

  it('a manual break during a pause: Resume is still there', () => {
    const { menu } = build(state('routine', true));
    expect(menu.labels().slice(0, 2)).toEqual(['Go to the stretch break', 'Resume']);
  });
});

describe('the template is a pure function of state', () => {
  it('same state, same template', () => {
    const strip = (t: unknown) => JSON.parse(JSON.stringify(t));
    expect(strip(trayMenuTemplate(state('sitting'), actions()))).toEqual(strip(trayMenuTemplate(state('sitting'), actions())));
  });
});

describe('tray icons', () => {
  it('picks a template image on macOS and a theme variant elsewhere', () => {
    expect(trayIconFile(CAPABILITIES.darwin.templateTrayIcon, true, false)).toBe('trayTemplate.png');
    expect(trayIconFile(CAPABILITIES.darwin.templateTrayIcon, false, true)).toBe('trayTemplate-paused.png');
    expect(trayIconFile(CAPABILITIES['linux-x11'].templateTrayIcon, true, false)).toBe('tray-dark.png');
    expect(trayIconFile(CAPABILITIES.win32.templateTrayIcon, false, true)).toBe('tray-paused-light.png');
  });
});

// ------------------------------------------------------------------ the status line

const NOW = new Date(2026, 2, 2, 10, 44).getTime();
const at = (h: number, m: number, day = 2) => new Date(2026, 2, day, h, m).getTime();
function status(over: Partial<SchedulerStatus>): SchedulerStatus {
  return sittingStatus({ sittingMs: 20 * 60_000, nextBreakAt: at(11, 30), ...over });
}

describe('status line (first menu item: Linux trays show no tooltip)', () => {
  it('uses clock times only, so it stays true until the state changes', () => {
    expect(trayStatusLine(status({}), NOW)).toBe('Next break ≈ 11:30');
    expect(trayStatusLine(status({ sittingMs: 40 * 60_000 }), NOW + 20 * 60_000)).toBe('Next break ≈ 11:30');
    expect(trayStatusLine(status({ snoozed: true, nextBreakAt: at(10, 55) }), NOW)).toBe('Snoozed break ≈ 10:55');
    expect(trayStatusLine(status({ mode: 'paused', paused: true, pausedUntil: at(11, 30), nextBreakAt: null }), NOW)).toBe('Paused until 11:30');
    expect(trayStatusLine(status({ mode: 'paused', paused: true, pausedUntil: at(9, 0, 3), nextBreakAt: null }), NOW)).toBe('Paused until Tue 09:00');
    expect(trayStatusLine(status({ mode: 'paused', paused: true, nextBreakAt: null }), NOW)).toBe('Paused until you resume');
  });

  it('other states take the core wording (so states the core adds appear without a change here)', () => {
    for (const mode of ['away', 'off-hours', 'break', 'routine'] as const) {
      const s = status({ mode, nextBreakAt: null, workingStartsAt: at(8, 0, 3) });
      expect(trayStatusLine(s, NOW)).toBe(statusText(s, NOW, ENGLISH_TEXT).replace(/^Limber: /, '').replace(/^./, (c) => c.toUpperCase()));
      expect(trayStatusLine(s, NOW)).not.toMatch(/^Limber/);
    }
    expect(trayStatusLine(status({ mode: 'suspended' }), NOW)).toBe('Limber');
  });

  it('a break held while you are busy, or waiting for a pause in your typing, in the core\'s words', () => {
    const held = trayStatusLine(status({ held: { reason: 'call', since: at(10, 30), until: at(11, 0) } }), NOW);
    expect(held).toMatch(/held/i);
    expect(held).not.toMatch(/Next break|sitting for|\(in /);
    const waiting = trayStatusLine(status({ prompt: { breakId: 'b1', dueAt: at(10, 40), latestAt: at(10, 50) } }), NOW);
    expect(waiting).toMatch(/10:50/);
    expect(waiting).not.toMatch(/Next break|\(in /);
  });

  it('is the first, disabled item', () => {
    const { menu } = build({ ...state('sitting'), statusLine: 'Next break ≈ 11:30' });
    expect(menu.labels().slice(0, 3)).toEqual(['Next break ≈ 11:30', '---', 'Start a stretch now']);
    expect(menu.item('Next break ≈ 11:30').enabled).toBe(false);
  });
});

// ------------------------------------------------------------------ the tray per platform

describe.each(PLATFORM_KEYS)('LimberTray on %s', (key) => {
  const caps = CAPABILITIES[key];
  function makeTray(mode: Mode = 'sitting') {
    setPlatform(key);
    const a = actions();
    const view = (m: Mode, over: Partial<SchedulerStatus> = {}): StatusView => ({
      status: status({ mode: m, ...over }),
      tooltip: statusText(status({ mode: m, ...over }), NOW, ENGLISH_TEXT),
      today: { done: 3, goal: 6, minutesStretched: 7 },
    });
    let current: TrayState = { view: view(mode), sitMinutes: 45, now: NOW };
    const tray = new LimberTray('/icons', a, () => current, caps);
    tray.update(current);
    return { tray, a, fake: FakeTray.instances.at(-1)!, set: (m: Mode, over: Partial<SchedulerStatus> = {}) => (current = { view: view(m, over), sitMinutes: 45, now: NOW }) };
  }

  it('the status is visible: in the tooltip where trays show one, always as the first menu line', () => {
    const { fake } = makeTray();
    expect(fake.visibleTooltip()).toBe(caps.trayTooltip ? fake.tooltip : '');
    expect(fake.menu!.labels()[0]).toBe('Next break ≈ 11:30');
  });

  it('the menu is rebuilt when the status line changes, not on every update', () => {
    const { tray, set } = makeTray();
    const built = FakeMenu.built.length;
    tray.update({ ...(set('sitting', { sittingMs: 30 * 60_000 }) as TrayState) });
    expect(FakeMenu.built.length).toBe(built);
    tray.update(set('paused', { paused: true, pausedUntil: at(12, 0), nextBreakAt: null }));
    expect(FakeMenu.built.length).toBe(built + 1);
    expect(FakeTray.instances.at(-1)!.menu!.labels()[0]).toBe('Paused until 12:00');
  });

  it('a left click shows something: the menu, or (Linux activation) the break or History', () => {
    const { fake, a, set, tray } = makeTray();
    fake.userClick();
    if (key === 'win32' || key === 'darwin') {
      expect(fake.menuOpened).toBe(1);
      expect(a.openHistory).not.toHaveBeenCalled();
    } else {
      expect(fake.menuOpened).toBe(0);
      expect(a.openHistory).toHaveBeenCalledOnce();
      tray.update(set('break', { nextBreakAt: null }));
      fake.userClick();
      expect(a.showBreak).toHaveBeenCalledOnce();
    }
  });

  it('a right click opens the menu everywhere', () => {
    const { fake } = makeTray();
    fake.userRightClick();
    expect(fake.menuOpened).toBe(1);
  });
});
