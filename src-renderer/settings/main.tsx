// The settings window. On the very first run (`firstRunDone` false) it shows the welcome flow
// instead — whatever the URL (the shell may open settings.html#first-run) — and once that is
// completed it never shows again. Otherwise: the groups of SPEC §2 plus exercise preferences,
// one at a time, chosen from the side navigation (or the URL hash: #schedule, #routine,
// #working-hours, #interrupt, #exercises, #notifications, #system, #safety). Every change saves at once; a polite
// live region says "Saved".
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Icon, PageError } from '../shared/components';
import { useTitle } from '../shared/hooks';
import english from 'virtual:limber-messages/en/settings';
import loaders from 'virtual:limber-messages-loaders/settings';
import { initI18n, t } from '../shared/i18n';
import { mountPage } from '../shared/mount';
import { ExercisesSection } from './exercises';
import { NavIcon } from './icons';
import { AllSet, FirstRun } from './first-run';
import { InterruptSection } from './interrupt';
import { useSettingsModel, type SettingsModel } from './model';
import { NotificationsSection, RoutineSection, ScheduleSection, SystemSection } from './sections';
import { SafetySection } from './sound-safety';
import { WorkingHoursSection } from './working-hours';
import './settings.css';

// titles are message ids: read with t() when drawn, so a language change redraws them
const GROUPS = [
  { id: 'schedule', title: 'settings.group.schedule', icon: 'schedule', Body: ScheduleSection },
  { id: 'routine', title: 'settings.group.routine', icon: 'routine', Body: RoutineSection },
  { id: 'working-hours', title: 'settings.group.workingHours', icon: 'calendar', Body: WorkingHoursSection },
  { id: 'interrupt', title: 'settings.group.interrupt', icon: 'interrupt', Body: InterruptSection },
  { id: 'exercises', title: 'settings.group.exercises', icon: 'exercises', Body: ExercisesSection },
  { id: 'notifications', title: 'settings.group.notifications', icon: 'bell', Body: NotificationsSection },
  { id: 'system', title: 'settings.group.system', icon: 'system', Body: SystemSection },
  { id: 'safety', title: 'settings.group.safety', icon: 'safety', Body: SafetySection },
] as const;

type GroupId = (typeof GROUPS)[number]['id'];

function groupFromHash(): GroupId {
  const h = location.hash.replace(/^#/, '');
  return (GROUPS.find((g) => g.id === h)?.id ?? 'schedule') as GroupId;
}

function useGroup(): [GroupId, boolean] {
  const [group, setGroup] = useState<GroupId>(groupFromHash);
  const [byUser, setByUser] = useState(false);
  useEffect(() => {
    const on = (): void => {
      setGroup(groupFromHash());
      setByUser(true);
    };
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return [group, byUser];
}

function StatusRegion({ model }: { model: SettingsModel }): JSX.Element {
  // always in the page (a live region must exist before it speaks)
  return (
    <div class={`save-status ${model.status ? 'visible' : ''}`} role="status" aria-live="polite" aria-atomic="true">
      {model.status && (
        <span key={model.status.n} class="save-pill">
          <Icon name="check" />
          <span>{model.status.text}</span>
        </span>
      )}
    </div>
  );
}

function SettingsWindow({ model }: { model: SettingsModel }): JSX.Element {
  const [group, byUser] = useGroup();
  const mainRef = useRef<HTMLElement>(null);
  const current = GROUPS.find((g) => g.id === group)!;
  useTitle(t('settings.title.group', { group: t(current.title) }));
  useEffect(() => {
    // after choosing a group, its heading takes focus so reading starts there
    if (byUser) mainRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [group, byUser]);
  const Body = current.Body;
  return (
    <div class="settings-shell">
      <nav class="side" aria-label={t('settings.nav.label')}>
        <div class="side-inner">
          <h1 class="side-title">{t('settings.nav.title')}</h1>
          <ul>
            {GROUPS.map((g) => (
              <li key={g.id}>
                <a href={`#${g.id}`} class="side-link" aria-current={g.id === group ? 'page' : undefined}>
                  <NavIcon name={g.icon} />
                  <span>{t(g.title)}</span>
                </a>
              </li>
            ))}
          </ul>
          <StatusRegion model={model} />
        </div>
      </nav>
      <main ref={mainRef} class="content" id="content" data-group={group}>
        <Body model={model} />
      </main>
    </div>
  );
}

type Mode = 'loading' | 'first-run' | 'all-set' | 'settings';

function SettingsPage(): JSX.Element {
  const model = useSettingsModel();
  const [mode, setMode] = useState<Mode>('loading');
  useEffect(() => {
    if (mode === 'loading' && model.view) setMode(model.view.firstRunDone ? 'settings' : 'first-run');
  }, [model.view, mode]);
  useTitle(mode === 'first-run' || mode === 'all-set' ? t('settings.title.welcome') : t('settings.title.window'));

  if (model.loadError) {
    return (
      <PageError message={t('settings.loadError', { reason: model.loadError })} />
    );
  }
  if (mode === 'loading' || !model.view) {
    return (
      <main class="loading" aria-busy="true">
        <p class="muted">{t('settings.loading')}</p>
      </main>
    );
  }
  if (mode === 'first-run') {
    return (
      <>
        <FirstRun model={model} onDone={() => setMode('all-set')} />
        <StatusRegion model={model} />
      </>
    );
  }
  if (mode === 'all-set') {
    return (
      <AllSet
        model={model}
        onShowSettings={() => {
          if (location.hash === '#first-run') history.replaceState(null, '', location.pathname + location.search);
          setMode('settings');
        }}
      />
    );
  }
  return <SettingsWindow model={model} />;
}

initI18n(english, loaders);
mountPage(() => <SettingsPage />);
