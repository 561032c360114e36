// Settings and first-run window (placeholder: built on src-renderer/shared by its own issue).
import { mountPage } from '../shared/mount';

function SettingsPage() {
  return (
    <main class="page-error">
      <h1>Settings</h1>
      <p class="muted">Coming soon.</p>
    </main>
  );
}

mountPage(() => <SettingsPage />);
