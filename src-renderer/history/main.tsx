// History window (placeholder: built on src-renderer/shared by its own issue).
import { mountPage } from '../shared/mount';

function HistoryPage() {
  return (
    <main class="page-error">
      <h1>History</h1>
      <p class="muted">Coming soon.</p>
    </main>
  );
}

mountPage(() => <HistoryPage />);
