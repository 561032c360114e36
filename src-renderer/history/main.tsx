// History window: today, streak, the last 14 days, 12 weeks, exercises, export (SPEC §6).
import english from 'virtual:limber-messages/en/history';
import loaders from 'virtual:limber-messages-loaders/history';
import { initI18n } from '../shared/i18n';
import { mountPage } from '../shared/mount';
import { HistoryPage } from './HistoryPage';
import './history.css';

initI18n(english, loaders);
mountPage(() => <HistoryPage />);
