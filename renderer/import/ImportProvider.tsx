// Everything that brings documents in: the hidden file and folder choosers, drag and drop onto the
// window, the paste dialog and the queue that sends files one by one. Buttons anywhere in the app
// reach it through the ImportContext.
import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react';

import { useCommand } from '../commands/app-commands.js';
import { useNotify } from '../components/Notifications.js';
import { DropOverlay } from './DropOverlay.js';
import { type ImportActions, ImportContext } from './import-context.js';
import type { ImportRun } from './import-run.js';
import { IMPORT_ACCEPT } from './importable-files.js';
import { ImportChoiceDialog } from './ImportChoiceDialog.js';
import { PasteTextDialog } from './PasteTextDialog.js';
import { chosenFiles, folderFiles } from './pending-file.js';
import { useImportQueue } from './use-import-queue.js';
import { useWindowFileDrop } from './use-window-file-drop.js';

interface ImportProviderProps {
  children: ReactNode;
  /** Opens a document in the reader: the one a single-file import or a paste just created. */
  onOpenDocument: (id: string) => void;
  /** The workbench cannot be written to: every way in says so instead of failing file by file. */
  readOnly: boolean;
}

export function ImportProvider({ children, onOpenDocument, readOnly }: ImportProviderProps) {
  const notify = useNotify();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [choiceOpen, setChoiceOpen] = useState(false);

  const onFinished = useCallback(
    (run: ImportRun) => {
      // One new document is almost always the one the reviewer wants to read next.
      if (run.state === 'finished' && run.imported.length === 1 && run.total === 1) onOpenDocument(run.imported[0]!.id);
    },
    [onOpenDocument],
  );
  const queue = useImportQueue(onFinished);
  const refuse = useCallback(
    () =>
      notify({
        tone: 'error',
        title: 'This workbench is read-only',
        message: 'No documents can be added to it. Open a copy you may write to, or ask for write access to the file.',
      }),
    [notify],
  );
  const dragging = useWindowFileDrop(readOnly ? refuse : queue.enqueue, (error) =>
    notify({ tone: 'error', title: 'The dropped files could not be read', message: error }),
  );

  const chooseFiles = useCallback(() => (readOnly ? refuse() : filesInput.current?.click()), [readOnly, refuse]);
  const chooseFolder = useCallback(() => (readOnly ? refuse() : folderInput.current?.click()), [readOnly, refuse]);
  const pasteText = useCallback(() => (readOnly ? refuse() : setPasteOpen(true)), [readOnly, refuse]);

  // A file chooser opens only in answer to a click or key press. The application menu reaches the
  // window as a message, so when it carries no such activation the reviewer gets one click's worth
  // of dialog instead of nothing at all.
  useCommand('choose-import-files', () => {
    if (readOnly) refuse();
    else if (navigator.userActivation?.isActive === false) setChoiceOpen(true);
    else chooseFiles();
  });

  const actions = useMemo<ImportActions>(
    () => ({ chooseFiles, chooseFolder, pasteText, run: queue.run, cancel: queue.cancel, dismiss: queue.dismiss, readOnly }),
    [chooseFiles, chooseFolder, pasteText, queue.run, queue.cancel, queue.dismiss, readOnly],
  );

  return (
    <ImportContext.Provider value={actions}>
      {children}
      <input
        ref={filesInput}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        hidden
        aria-label="Files to import"
        onChange={(event) => {
          const input = event.currentTarget;
          if (input.files?.length) queue.enqueue(chosenFiles(input.files));
          // Cleared so choosing the same file again still counts as a change.
          input.value = '';
        }}
      />
      <input
        ref={(element) => {
          folderInput.current = element;
          // React does not know the attribute; set it on the element so the chooser picks folders.
          element?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        multiple
        hidden
        aria-label="Folder to import"
        onChange={(event) => {
          const input = event.currentTarget;
          if (input.files?.length) queue.enqueue(folderFiles(input.files));
          input.value = '';
        }}
      />
      <DropOverlay visible={dragging} />
      <PasteTextDialog
        open={pasteOpen}
        onClose={() => setPasteOpen(false)}
        onOpenDocument={(id) => {
          setPasteOpen(false);
          onOpenDocument(id);
        }}
      />
      <ImportChoiceDialog
        open={choiceOpen}
        onClose={() => setChoiceOpen(false)}
        onChooseFiles={() => {
          setChoiceOpen(false);
          chooseFiles();
        }}
        onChooseFolder={() => {
          setChoiceOpen(false);
          chooseFolder();
        }}
        onPasteText={() => {
          setChoiceOpen(false);
          pasteText();
        }}
      />
    </ImportContext.Provider>
  );
}
