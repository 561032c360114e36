// History window: today, streak, the last 14 days, 12 weeks, exercises, export (SPEC §6).
import { mountPage } from '../shared/mount';
import { HistoryPage } from './HistoryPage';
import './history.css';

mountPage(() => <HistoryPage />);
