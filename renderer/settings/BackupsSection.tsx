// The Backups part of Settings: where the workbench's snapshots are, the newest few, a way to take
// one now, and why the last one failed. It reloads whenever the host says the snapshots changed,
// so an automatic backup or File → Back Up Now shows up while the dialog is open.
import { useEffect, useId, useState } from 'react';

import type { BackupEntry } from '../../core/api/workbench.js';
import { formatFileSize } from '../../core/text/file-size.js';
import { call } from '../api-client.js';
import { Icon } from '../components/Icon.js';
import { useLiveResource } from '../use-live-resource.js';
import { formatBackupTime } from './backup-format.js';

const SHOWN = 5;

export function BackupsSection({ open }: { open: boolean }) {
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<BackupEntry | null>(null);
  // Asked only while Settings is open; reopened, it shows the last list until the new one arrives.
  const backups = useLiveResource(open ? 'backups' : null, () => call('workbench.backups'), ['backups.changed']);
  const list = backups.value ?? null;
  const loadError = backups.error?.message ?? null;
  const { reload } = backups;

  useEffect(() => {
    if (open) setSaved(null);
  }, [open]);

  const backUpNow = async () => {
    if (busy) return;
    setBusy(true);
    setSaved(null);
    try {
      setSaved(await call('workbench.backupNow'));
    } catch {
      // The host keeps the reason as the list's last error, shown below.
    } finally {
      setBusy(false);
      reload();
    }
  };

  const error = list?.lastError ?? loadError;
  const shown = list?.backups.slice(0, SHOWN) ?? [];

  return (
    <section className="settings-group backups" aria-labelledby={titleId}>
      <h3 id={titleId} className="settings-group__title">
        Backups
      </h3>
      <div className="backups__intro">
        <div className="backups__where">
          <span className="setting__label">Snapshots of this workbench</span>
          <p className="setting__help">
            A copy is saved each day you work, and the newest 10 are kept. To restore one, open it, or copy it over the workbench while
            Claimtrace is closed.
          </p>
          <code className="backups__folder" title={list?.folder}>
            {list?.folder ?? '…'}
          </code>
        </div>
        <button type="button" className="button" onClick={() => void backUpNow()} disabled={busy || !list} aria-busy={busy}>
          {busy ? 'Backing up…' : 'Back up now'}
        </button>
      </div>

      {list ? (
        shown.length > 0 ? (
          <ul className="backups__list" aria-label="Recent backups">
            {shown.map((backup) => (
              <li key={backup.file} className="backups__item" title={backup.file}>
                <span className="backups__time">{formatBackupTime(backup.at)}</span>
                <span className="backups__size">{formatFileSize(backup.bytes)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="backups__empty">No backups yet.</p>
        )
      ) : null}

      <p className="backups__status" role="status">
        {saved ? (
          <>
            <Icon name="check" />
            <span>Backed up at {formatBackupTime(saved.at)}.</span>
          </>
        ) : null}
      </p>
      {error ? (
        <p className="form-error backups__error" role="alert">
          <Icon name="alert" />
          <span>The last backup failed: {error}</span>
        </p>
      ) : null}
    </section>
  );
}
