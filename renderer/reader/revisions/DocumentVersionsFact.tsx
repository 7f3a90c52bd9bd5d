// In the document's details, once a newer copy has been imported over it: "Revised · 3 versions",
// how many claims the newest copies changed, and the way into the Changes view.
import { useState } from 'react';

import type { DocumentDetail } from '../../../core/domain.js';
import { Icon } from '../../components/Icon.js';
import { countOf, formatDate } from '../../format.js';
import { ChangesDialog } from './ChangesDialog.js';
import { useDocumentVersions } from './use-revisions.js';

export function DocumentVersionsFact({ document }: { document: Pick<DocumentDetail, 'id' | 'title' | 'direction' | 'language'> }) {
  const versions = useDocumentVersions(document.id).value ?? [];
  const [open, setOpen] = useState(false);
  if (versions.length < 2) return null;
  const newest = versions.at(-1)!;
  const claimsChanged = versions.reduce((sum, version) => sum + version.changed + version.vanished + version.moved, 0);
  return (
    <div className="doc-facts__row">
      <dt>Versions</dt>
      <dd className="doc-versions">
        <span className="doc-versions__badge">Revised · {countOf(versions.length, 'version')}</span>
        <span className="doc-facts__aside">
          newest imported {formatDate(newest.importedAt)}
          {claimsChanged > 0 ? ` · ${countOf(claimsChanged, 'claim change', 'claim changes')}` : ''}
        </span>
        <button type="button" className="text-button doc-versions__open" onClick={() => setOpen(true)}>
          <Icon name="document" size={13} />
          Show changes
        </button>
        <ChangesDialog open={open} document={document} versions={versions} onClose={() => setOpen(false)} />
      </dd>
    </div>
  );
}
