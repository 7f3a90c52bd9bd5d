// The application shell: title bar, library | reader | inspector, status bar and the dialogs,
// wired to the workbench through the API client and kept current by the host's events.
import { type CSSProperties, useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

import { type ClientError, type ConnectionState, hostKind, listen, subscribe } from '../api-client.js';
import { ClaimsProvider } from '../claims/ClaimsProvider.js';
import { dispatch, useCommand } from '../commands/app-commands.js';
import { EmptyState } from '../components/EmptyState.js';
import { NotificationProvider, useNotify } from '../components/Notifications.js';
import { PaneBoundary } from '../components/PaneBoundary.js';
import { PaneResizer } from '../components/PaneResizer.js';
import { ExportCenter } from '../export/ExportCenter.js';
import { ImportProvider } from '../import/ImportProvider.js';
import { InspectorPane } from '../inspector/InspectorPane.js';
import { DeleteDocumentDialog } from '../library/DeleteDocumentDialog.js';
import { LibraryPane } from '../library/LibraryPane.js';
import { ReaderPane } from '../reader/ReaderPane.js';
import { ReviewView } from '../review/ReviewView.js';
import { SettingsDialog } from '../settings/SettingsDialog.js';
import { SourcePane } from '../sources/SourcePane.js';
import { GraphDialogHost } from '../tracing/GraphDialogHost.js';
import { AppHeader } from './AppHeader.js';
import { describeError } from './describe-error.js';
import { INITIAL_SHELL, shellReducer } from './shell-state.js';
import { StatusBar } from './StatusBar.js';
import { applyTheme } from './theme.js';
import { useDocumentDeletion } from './use-document-deletion.js';
import { usePaneWidth } from './use-pane-width.js';
import { useRememberedDocument } from './use-remembered-document.js';
import { useWorkbenchData } from './use-workbench-data.js';

const LIBRARY_WIDTH = { initial: 300, min: 220, max: 520 };
const INSPECTOR_WIDTH = { initial: 340, min: 260, max: 560 };

export function App() {
  return (
    <NotificationProvider>
      <Shell />
    </NotificationProvider>
  );
}

function Shell() {
  const notify = useNotify();
  const reportError = useCallback(
    (error: ClientError) => notify({ tone: 'error', title: describeError(error), message: error.message }),
    [notify],
  );
  const { data, phase, reload, loadMoreDocuments, replaceSettings, documentQuery, setDocumentQuery, place } = useWorkbenchData(reportError);
  const [shell, navigate] = useReducer(shellReducer, INITIAL_SHELL);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [search, setSearch] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const [libraryWidth, setLibraryWidth] = usePaneWidth('claimtrace.pane.library', LIBRARY_WIDTH);
  const [inspectorWidth, setInspectorWidth] = usePaneWidth('claimtrace.pane.inspector', INSPECTOR_WIDTH);
  const { documentId: selectedDocumentId, sourceId: selectedSourceId } = shell;

  const openDocument = useCallback((documentId: string) => navigate({ type: 'open-document', documentId }), []);
  useRememberedDocument(place, selectedDocumentId, openDocument);
  // Traces, graphs, the queue and the inspector ask for a claim, a document, a source or a passage;
  // whatever asks to be shown in the workbench closes the review workspace. (The claim itself is
  // made the active one by the ClaimsProvider once the document's claims have loaded.)
  useCommand('open-claim', ({ documentId }) => navigate({ type: 'show-document', documentId }));
  useCommand('open-document', ({ documentId }) => navigate({ type: 'show-document', documentId }));
  useCommand('open-source', ({ sourceId }) => navigate({ type: 'show-source', sourceId }));
  useCommand('open-passage', (passage) => navigate({ type: 'open-passage', passage }));

  const deletion = useDocumentDeletion({
    selectedDocumentId,
    onClosed: () => navigate({ type: 'document-closed' }),
    onReopen: openDocument,
  });

  const settingsLoaded = data.settings !== undefined;
  const requestSettings = useCallback(() => navigate({ type: 'request-settings', settingsLoaded }), [settingsLoaded]);
  useEffect(() => {
    if (settingsLoaded) navigate({ type: 'settings-loaded' });
  }, [settingsLoaded]);
  // A view that needs the reviewer's name ("Assign to me") sends the reviewer here to set it.
  useCommand('open-settings', requestSettings);

  useCommand('focus-search', () => {
    // The field exists only on the Documents tab: the tab is shown first, then the field focused.
    flushSync(() => navigate({ type: 'set-view', view: 'documents' }));
    searchRef.current?.focus();
    searchRef.current?.select();
  });

  useEffect(() => listen('workbench.opened', () => navigate({ type: 'workbench-opened' })), []);
  // The desktop menu's items arrive as host events; each becomes the command its shortcut sends.
  useEffect(
    () =>
      listen('menu.command', ({ command }) => {
        if (command === 'settings') dispatch('open-settings');
        else if (command === 'import') dispatch('choose-import-files');
        else if (command === 'find') dispatch('focus-search');
        else if (command === 'export') dispatch('open-export', {});
      }),
    [],
  );
  // The status bar says when the host cannot be reached; each view reloads itself once it is back.
  useEffect(() => subscribe(() => undefined, setConnection), []);

  const theme = data.settings?.theme;
  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);

  // Tests and automation wait for this rather than guessing how long loading takes.
  useEffect(() => {
    if (phase.name === 'ready') document.body.dataset.ready = 'true';
    else delete document.body.dataset.ready;
  }, [phase.name]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = event.ctrlKey || event.metaKey;
      if (!command || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === ',') {
        event.preventDefault();
        dispatch('open-settings');
      } else if (key === 'f' && !event.shiftKey) {
        event.preventDefault();
        dispatch('focus-search');
      } else if (key === 'i' && !event.shiftKey && hostKind() === 'browser') {
        // In the desktop app this is the menu's accelerator, which arrives as menu.command.
        event.preventDefault();
        dispatch('choose-import-files');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const selectedSource = data.sources?.find((source) => source.id === selectedSourceId) ?? null;
  const openSettings = settingsLoaded ? requestSettings : undefined;
  const paneWidths = { '--library-width': `${libraryWidth}px`, '--inspector-width': `${inspectorWidth}px` } as CSSProperties;

  return (
    <ImportProvider onOpenDocument={openDocument} readOnly={data.info?.readOnly === true}>
      <ClaimsProvider documentId={selectedDocumentId}>
        <div className="app">
          <AppHeader
            info={data.info}
            unavailable={phase.name === 'failed'}
            onOpenSettings={openSettings}
            reviewOpen={shell.reviewOpen}
            onToggleReview={() => navigate({ type: 'toggle-review' })}
          />
          {phase.name === 'failed' ? (
            <main className="load-failure" aria-label="Workbench">
              <EmptyState
                icon="alert"
                tone="danger"
                title="The workbench could not be loaded"
                actions={
                  <button type="button" className="button button--primary" onClick={reload}>
                    Try again
                  </button>
                }
              >
                {phase.error.message}
              </EmptyState>
            </main>
          ) : shell.reviewOpen ? (
            <PaneBoundary what="the review">
              <ReviewView onClose={() => navigate({ type: 'close-review' })} />
            </PaneBoundary>
          ) : (
            <div className="workspace" style={paneWidths}>
              <PaneBoundary what="the library">
                <LibraryPane
                  view={shell.view}
                  onViewChange={(view) => navigate({ type: 'set-view', view })}
                  documents={data.documents?.items}
                  documentMatches={data.documents?.total}
                  documentTotal={data.info?.counts.documents}
                  documentQuery={documentQuery}
                  onDocumentQueryChange={setDocumentQuery}
                  search={search}
                  onSearchChange={setSearch}
                  searchRef={searchRef}
                  sources={data.sources}
                  selectedDocumentId={selectedDocumentId}
                  onSelectDocument={openDocument}
                  onOpenMatch={(hit, query) => navigate({ type: 'open-match', hit, query })}
                  onMoreDocumentsWanted={loadMoreDocuments}
                  onDeleteDocument={deletion.request}
                  selectedSourceId={selectedSourceId}
                  onSelectSource={(sourceId) => navigate({ type: 'select-source', sourceId })}
                />
              </PaneBoundary>
              <PaneResizer
                label="Resize library"
                controls="left"
                width={libraryWidth}
                min={LIBRARY_WIDTH.min}
                max={LIBRARY_WIDTH.max}
                defaultWidth={LIBRARY_WIDTH.initial}
                onResize={setLibraryWidth}
              />
              <PaneBoundary
                what={shell.centre === 'source' ? 'the source' : 'the document'}
                resetKey={shell.centre === 'source' ? selectedSourceId : selectedDocumentId}
              >
                {shell.centre === 'source' && selectedSourceId ? (
                  <SourcePane
                    sourceId={selectedSourceId}
                    sources={data.sources}
                    tab={shell.sourceTab}
                    onTabChange={(tab) => navigate({ type: 'set-source-tab', tab })}
                    onShowSource={(sourceId) => navigate({ type: 'select-source', sourceId })}
                    onSourceGone={() => navigate({ type: 'close-source' })}
                  />
                ) : (
                  <ReaderPane documentId={selectedDocumentId} reveal={shell.reveal} onDelete={deletion.request} />
                )}
              </PaneBoundary>
              <PaneResizer
                label="Resize inspector"
                controls="right"
                width={inspectorWidth}
                min={INSPECTOR_WIDTH.min}
                max={INSPECTOR_WIDTH.max}
                defaultWidth={INSPECTOR_WIDTH.initial}
                onResize={setInspectorWidth}
              />
              <PaneBoundary what="the inspector" resetKey={selectedDocumentId}>
                <InspectorPane source={selectedSource} onClose={() => navigate({ type: 'deselect-source' })} />
              </PaneBoundary>
            </div>
          )}
          <StatusBar phase={phase} connection={connection} info={data.info} settings={data.settings} onOpenSettings={openSettings} />
          <SettingsDialog
            open={shell.settings === 'open'}
            settings={data.settings}
            info={data.info}
            onClose={() => navigate({ type: 'close-settings' })}
            onSaved={(settings) => {
              replaceSettings(settings);
              notify({ tone: 'info', title: 'Settings saved' });
            }}
          />
          <DeleteDocumentDialog target={deletion.target} onCancel={deletion.cancel} onConfirm={deletion.confirm} />
          <ExportCenter documentId={selectedDocumentId} info={data.info} />
          <GraphDialogHost />
        </div>
      </ClaimsProvider>
    </ImportProvider>
  );
}
