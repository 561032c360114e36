// The break window's page: see BreakApp.
import { mountPage } from '../shared/mount';
import { BreakApp } from './BreakApp';
import './break.css';

mountPage(() => <BreakApp />);
