// The break window's page: see BreakApp.
import english from 'virtual:limber-messages/en/break';
import loaders from 'virtual:limber-messages-loaders/break';
import { initI18n } from '../shared/i18n';
import { mountPage } from '../shared/mount';
import { BreakApp } from './BreakApp';
import './break.css';

initI18n(english, loaders);
mountPage(() => <BreakApp />);
