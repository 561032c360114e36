// The break window (placeholder until the player lands).
import { mountPage } from '../shared/mount';

mountPage(() => (
  <main class="page-error">
    <h1>Stretch break</h1>
  </main>
));
