// "New source" in the Sources tab: opens the editor empty and shows the new entry once it is saved.
import { useState } from 'react';

import type { Source } from '../../core/domain.js';
import { Icon } from '../components/Icon.js';
import { useNotify } from '../components/Notifications.js';
import { SourceEditorDialog } from './SourceEditorDialog.js';

export function NewSourceButton({ onCreated }: { onCreated: (source: Source) => void }) {
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="icon-button" aria-label="New source" title="New source" onClick={() => setOpen(true)}>
        <Icon name="plus" size={16} />
      </button>
      <SourceEditorDialog
        open={open}
        source={null}
        onClose={() => setOpen(false)}
        onSaved={(source) => {
          notify({ tone: 'info', title: `${source.name} added to the registry` });
          onCreated(source);
        }}
      />
    </>
  );
}
