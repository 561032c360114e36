// The break window's page: see BreakApp.
import english from 'virtual:limber-messages/en/break';
import loaders from 'virtual:limber-messages-loaders/break';
import { initI18n, setLocale } from '../shared/i18n';
import { mountPage } from '../shared/mount';
import { BreakApp } from './BreakApp';
import './break.css';

initI18n(english, loaders);
// `break.html?locale=en-XA`: the page in another language before the app tells it one (the
// browser tests, as the other pages; the app's own language plumbing replaces this)
const wanted = new URLSearchParams(location.search).get('locale');
if (wanted) void setLocale(wanted);
mountPage(() => <BreakApp />);
