// The Workbench part of Settings: which file is open, since when it exists, and the version of its
// file format — a detail for support and for sharing files between desks, kept out of the status bar.
import { useId } from 'react';

import type { WorkbenchInfo } from '../../core/domain.js';
import { formatDate } from '../format.js';

export function WorkbenchSection({ info }: { info: WorkbenchInfo | undefined }) {
  const titleId = useId();
  if (!info) return null;
  return (
    <section className="settings-group" aria-labelledby={titleId}>
      <h3 id={titleId} className="settings-group__title">
        Workbench
      </h3>
      <div className="setting">
        <span className="setting__label">File</span>
        <code className="backups__folder" title={info.path}>
          {info.path}
        </code>
        <p className="setting__help">Created {formatDate(info.createdAt)}.</p>
      </div>
      <div className="setting">
        <span className="setting__label">File format</span>
        <p className="setting__help">
          Version {info.schemaVersion}. A workbench from an earlier version of Claimtrace is upgraded when it is opened, after a backup copy
          is saved beside it; one from a newer version is refused and left untouched.
        </p>
      </div>
    </section>
  );
}
