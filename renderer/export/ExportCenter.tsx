// Exporting and exchanging, mounted once in the shell: opens the export dialog from the desktop
// menu, Ctrl/Cmd+E, the title bar, other views' selections and the review queue, and runs bundle
// imports from the library's import menu.
import { useCallback, useEffect, useRef, useState } from 'react';

import type { WorkbenchInfo } from '../../core/domain.js';
import { hostKind, listen } from '../api-client.js';
import { useCommand } from '../commands/app-commands.js';
import { useNotify } from '../components/Notifications.js';
import { BundleImportDialog } from './BundleImportDialog.js';
import { useExportPreferences } from './export-preferences.js';
import type { QueueExport } from './export-scope.js';
import { ExportDialog } from './ExportDialog.js';
import { useBundleImport } from './use-bundle-import.js';

interface ExportCenterProps {
  /** The document open in the reader, offered as the scope by default. */
  documentId: string | null;
  info: WorkbenchInfo | undefined;
}

interface DialogRequest {
  /** A new dialog for every request, so each starts from the scope it was opened for. */
  serial: number;
  open: boolean;
  selection: string[] | null;
  queue: QueueExport | null;
}

export function ExportCenter({ documentId, info }: ExportCenterProps) {
  const notify = useNotify();
  const [request, setRequest] = useState<DialogRequest | null>(null);
  // Remembered per workbench across reloads: a desk exporting every evening usually wants the same export.
  const [preferences, setPreferences] = useExportPreferences(info?.id);
  const bundle = useBundleImport();
  const fileInput = useRef<HTMLInputElement>(null);

  const openDialog = useCallback((selection: string[] | null, queue: QueueExport | null = null) => {
    setRequest((previous) => {
      // A request while the dialog is open (the shortcut pressed again) leaves it as it is.
      if (previous?.open && selection === null && queue === null) return previous;
      return { serial: (previous?.serial ?? 0) + 1, open: true, selection, queue };
    });
  }, []);

  useEffect(
    () =>
      listen('menu.command', ({ command }) => {
        if (command === 'export') openDialog(null);
      }),
    [openDialog],
  );

  useCommand('open-export', ({ claimIds, queue }) => {
    // The same claim named twice is one claim; an empty selection is the dialog's own choice.
    const selection = [...new Set(claimIds ?? [])];
    openDialog(selection.length > 0 ? selection : null, queue ?? null);
  });
  useCommand('import-bundle', () => fileInput.current?.click());

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // In the desktop app Ctrl/Cmd+E is the menu's accelerator and arrives as menu.command.
      if (hostKind() !== 'browser') return;
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'e') return;
      event.preventDefault();
      openDialog(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openDialog]);

  const closeDialog = useCallback(() => setRequest((previous) => (previous ? { ...previous, open: false } : previous)), []);

  return (
    <>
      {request ? (
        <ExportDialog
          key={request.serial}
          open={request.open}
          documentId={documentId}
          selection={request.selection}
          queue={request.queue}
          info={info}
          preferences={preferences}
          onPreferencesChange={setPreferences}
          onDelivered={notify}
          onClose={closeDialog}
        />
      ) : null}
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Bundle file to import"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again is still a change.
          event.target.value = '';
          if (file) void bundle.importFile(file);
        }}
      />
      <BundleImportDialog
        state={bundle.state}
        onClose={bundle.close}
        onImportAnother={() => {
          bundle.close();
          fileInput.current?.click();
        }}
      />
    </>
  );
}
