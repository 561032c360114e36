// The tray menu for each state (SPEC §7), and what each item does.
import { Menu } from 'electron';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { Mode } from '../../src-main/core/scheduler';
import { trayIconFile, trayMenuTemplate, type TrayActions, type TrayMenuState } from '../../src-main/tray-menu';
import { FakeMenu, resetElectronMock } from '../mocks/electron';

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
    expect(trayIconFile('darwin', true, false)).toBe('trayTemplate.png');
    expect(trayIconFile('darwin', false, true)).toBe('trayTemplate-paused.png');
    expect(trayIconFile('linux', true, false)).toBe('tray-dark.png');
    expect(trayIconFile('win32', false, true)).toBe('tray-paused-light.png');
  });
});
