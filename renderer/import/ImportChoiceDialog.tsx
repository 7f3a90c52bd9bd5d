import { useRef } from 'react';

import { Icon, type IconName } from '../components/Icon.js';
import { ModalDialog } from '../components/ModalDialog.js';

interface ImportChoiceDialogProps {
  open: boolean;
  onClose: () => void;
  onChooseFiles: () => void;
  onChooseFolder: () => void;
  onPasteText: () => void;
}

/** The ways to bring documents in, for when the file chooser cannot be opened directly. */
export function ImportChoiceDialog({ open, onClose, onChooseFiles, onChooseFolder, onPasteText }: ImportChoiceDialogProps) {
  const first = useRef<HTMLButtonElement>(null);
  const choice = (icon: IconName, label: string, detail: string, onClick: () => void, ref?: typeof first) => (
    <button ref={ref} type="button" className="choice" onClick={onClick}>
      <Icon name={icon} size={20} className="choice__icon" />
      <span className="choice__text">
        <span className="choice__label">{label}</span>
        <span className="choice__detail">{detail}</span>
      </span>
    </button>
  );
  return (
    <ModalDialog
      open={open}
      title="Import documents"
      onClose={onClose}
      onSubmit={onChooseFiles}
      initialFocus={first}
      size="small"
      footer={
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      }
    >
      <div className="choices">
        {choice('import', 'Choose files…', 'Text, Markdown, HTML, PDF or Word files', onChooseFiles, first)}
        {choice('folder', 'Choose a folder…', 'Every document inside it and its subfolders', onChooseFolder)}
        {choice('paste', 'Paste text…', 'Text copied from a page or a message', onPasteText)}
      </div>
      <p className="setting__help">You can also drop files and folders anywhere on the window.</p>
    </ModalDialog>
  );
}
