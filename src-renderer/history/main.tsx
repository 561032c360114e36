// History window: today, streak, the last 14 days, 12 weeks, exercises, export (SPEC §6).
import english from 'virtual:limber-messages/en/history';
import loaders from 'virtual:limber-messages-loaders/history';
import { initI18n, setLocale } from '../shared/i18n';
import { mountPage } from '../shared/mount';
import { HistoryPage } from './HistoryPage';
import './history.css';

initI18n(english, loaders);
// `history.html?locale=de`: the page in another language before the app tells it one (the
// browser tests; the app's own language plumbing replaces this)
const wanted = new URLSearchParams(location.search).get('locale');
if (wanted) void setLocale(wanted);
mountPage(() => <HistoryPage />);
