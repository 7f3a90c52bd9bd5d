// The application shell: title bar, library | reader | inspector, status bar and the dialogs,
// wired to the workbench through the API client and kept current by the host's events.
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { SearchHit } from '../../core/domain.js';
import { hostKind, subscribe, type ClientError, type ConnectionState } from '../api-client.js';
import { EmptyState } from '../components/EmptyState.js';
import { NotificationProvider, useNotify } from '../components/Notifications.js';
import { ClaimsProvider } from '../claims/ClaimsProvider.js';
import { PaneResizer } from '../components/PaneResizer.js';
import { ExportCenter } from '../export/ExportCenter.js';
import { ImportProvider } from '../import/ImportProvider.js';
import { InspectorPane } from '../inspector/InspectorPane.js';
import { DeleteDocumentDialog } from '../library/DeleteDocumentDialog.js';
import { LibraryPane, type LibraryView } from '../library/LibraryPane.js';
import type { RevealRequest } from '../reader/plugins/RevealMatchPlugin/RevealMatchPlugin.js';
import { ReaderPane } from '../reader/ReaderPane.js';
import type { DocumentChange } from '../reader/use-document-detail.js';
import { ReviewView } from '../review/ReviewView.js';
import { OPEN_SETTINGS_EVENT } from '../review/settings-request.js';
import { SettingsDialog } from '../settings/SettingsDialog.js';
import { SourcePane } from '../sources/SourcePane.js';
import type { SourceTab } from '../sources/source-tabs.js';
import { GraphDialogHost } from '../tracing/GraphDialogHost.js';
import { OpenRequestedClaim } from '../tracing/OpenRequestedClaim.js';
import { listenForTraceRequests, OPEN_CLAIM_EVENT, OPEN_DOCUMENT_EVENT, OPEN_SOURCE_EVENT } from '../tracing/trace-events.js';
import { OPEN_PASSAGE_EVENT, passageDetailOf } from '../verification/open-events.js';
import { AppHeader } from './AppHeader.js';
import { coalesce } from './coalesce.js';
import { describeError } from './describe-error.js';
import { StatusBar } from './StatusBar.js';
import { applyTheme } from './theme.js';
import { useDocumentDeletion } from './use-document-deletion.js';
import { usePaneWidth } from './use-pane-width.js';
import { useWorkbenchData } from './use-workbench-data.js';
import { PaneBoundary } from '../components/PaneBoundary.js';

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
  const { data, phase, reload, loadMoreDocuments, replace, documentQuery, setDocumentQuery } =
    useWorkbenchData(reportError);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [view, setView] = useState<LibraryView>('documents');
  const [selectedDocumentId, setSelectedDocumentId] = useState<string | null>(null);
  const [selectedSourceId, setSelectedSourceId] = useState<string | null>(null);
  // The centre pane reads the open document, or shows the open source's registry entry and trace.
  const [centre, setCentre] = useState<'reader' | 'source'>('reader');
  const [sourceTab, setSourceTab] = useState<SourceTab>('trace');
  // The review workspace (queue and dashboard) takes the place of library | reader | inspector.
  const [reviewOpen, setReviewOpen] = useState(false);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const [documentChange, setDocumentChange] = useState<DocumentChange | null>(null);
  const [search, setSearch] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const [searchFocusRequest, setSearchFocusRequest] = useState(0);
  const [chooserRequest, setChooserRequest] = useState(0);
  const [libraryWidth, setLibraryWidth] = usePaneWidth('claimtrace.pane.library', LIBRARY_WIDTH);
  const [inspectorWidth, setInspectorWidth] = usePaneWidth('claimtrace.pane.inspector', INSPECTOR_WIDTH);

  useEffect(() => {
    void reload();
  }, [reload]);

  const openDocument = useCallback((id: string) => {
    setSelectedDocumentId(id);
    setReveal(null);
    setCentre('reader');
  }, []);
  const openMatch = useCallback((hit: SearchHit, query: string) => {
    setSelectedDocumentId(hit.documentId);
    setCentre('reader');
    setReveal((previous) =>
      hit.matchStart === null
        ? null
        : {
            documentId: hit.documentId,
            start: hit.matchStart,
            end: hit.matchEnd ?? hit.matchStart,
            query,
            serial: (previous?.serial ?? 0) + 1,
          },
    );
  }, []);

  const openSource = useCallback((id: string) => {
    setSelectedSourceId(id);
    setCentre('source');
  }, []);
  // A discarded source leaves nothing to show: the reader comes back and the Sources list stays.
  const closeSource = useCallback(() => {
    setSelectedSourceId(null);
    setCentre('reader');
  }, []);
  // Traces, graphs and the claim inspector ask for a claim, a document or a source by window event.
  useEffect(
    () =>
      listenForTraceRequests({
        // OpenRequestedClaim selects the claim once the document's claims have loaded.
        openClaim: ({ documentId }) => openDocument(documentId),
        openDocument: ({ documentId }) => openDocument(documentId),
        openSource: ({ sourceId }) => {
          setView('sources');
          setSourceTab('trace');
          openSource(sourceId);
        },
      }),
    [openDocument, openSource],
  );

  // Whatever asks to be shown in the workbench closes the review workspace; a passage quoted as
  // evidence opens in the reader at its words.
  useEffect(() => {
    const closeReview = () => setReviewOpen(false);
    const openPassage = (event: Event) => {
      const passage = passageDetailOf(event);
      if (!passage) return;
      setReviewOpen(false);
      openDocument(passage.documentId);
      setReveal((previous) => ({ ...passage, query: '', serial: (previous?.serial ?? 0) + 1 }));
    };
    const closing = [OPEN_CLAIM_EVENT, OPEN_DOCUMENT_EVENT, OPEN_SOURCE_EVENT];
    closing.forEach((name) => window.addEventListener(name, closeReview));
    window.addEventListener(OPEN_PASSAGE_EVENT, openPassage);
    return () => {
      closing.forEach((name) => window.removeEventListener(name, closeReview));
      window.removeEventListener(OPEN_PASSAGE_EVENT, openPassage);
    };
  }, [openDocument]);

  const deletion = useDocumentDeletion({
    selectedDocumentId,
    onClosed: () => setSelectedDocumentId(null),
    onReopen: openDocument,
  });

  // The menu and the shortcut can ask before the settings have loaded; the dialog then waits for them.
  const settingsKnown = data.settings !== undefined;
  const [settingsRequested, setSettingsRequested] = useState(false);
  const requestSettings = useCallback(() => setSettingsRequested(true), []);
  useEffect(() => {
    if (settingsRequested && settingsKnown) {
      setSettingsRequested(false);
      setSettingsOpen(true);
    }
  }, [settingsRequested, settingsKnown]);

  const focusSearch = useCallback(() => {
    setView('documents');
    setSearchFocusRequest((count) => count + 1);
  }, []);
  useEffect(() => {
    if (searchFocusRequest === 0) return;
    searchRef.current?.focus();
    searchRef.current?.select();
  }, [searchFocusRequest]);

  // A bulk import announces every document it adds; the list is refreshed once per burst, and what
  // depends on the documents (search results, the outlets to filter by) is asked again after it.
  const [documentsRefresh, setDocumentsRefresh] = useState(0);
  const refreshDocuments = useMemo(
    () =>
      coalesce(async () => {
        await reload(['documents', 'info']);
        setDocumentsRefresh((count) => count + 1);
      }),
    [reload],
  );
  // A claim made, moved along or deleted changes the counts the document and source lists show
  // ("2 of 6 done", "14 claims"); a burst of saves is one reload, which keeps the rows scrolled to.
  const refreshCounts = useMemo(() => coalesce(() => reload(['documents', 'sources', 'info'])), [reload]);

  useEffect(() => {
    let missedEvents = false;
    let changes = 0;
    return subscribe(
      (event) => {
        switch (event.type) {
          case 'workbench.opened':
            setSelectedDocumentId(null);
            setSelectedSourceId(null);
            setCentre('reader');
            void reload();
            break;
          case 'documents.changed':
            void refreshDocuments();
            setDocumentChange({ ids: event.ids, serial: ++changes });
            break;
          case 'sources.changed':
            void reload(['sources', 'info']);
            break;
          case 'claims.changed':
            void refreshCounts();
            break;
          case 'settings.changed':
            void reload(['settings']);
            break;
          case 'menu.command':
            if (event.command === 'settings') requestSettings();
            else if (event.command === 'import') setChooserRequest((count) => count + 1);
            else if (event.command === 'find') focusSearch();
            break;
        }
      },
      (state) => {
        setConnection(state);
        // Whatever changed while the channel was down arrived as events nobody heard.
        if (state === 'reconnecting') missedEvents = true;
        if (state === 'open' && missedEvents) {
          missedEvents = false;
          void reload();
          setDocumentChange({ ids: [], serial: ++changes });
        }
      },
    );
  }, [reload, refreshDocuments, refreshCounts, requestSettings, focusSearch]);

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
        requestSettings();
      } else if (key === 'f' && !event.shiftKey) {
        event.preventDefault();
        focusSearch();
      } else if (key === 'i' && !event.shiftKey && hostKind() === 'browser') {
        // In the desktop app this is the menu's accelerator, which arrives as menu.command.
        event.preventDefault();
        setChooserRequest((count) => count + 1);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [requestSettings, focusSearch]);

  // A view that needs the reviewer's name ("Assign to me") sends the reviewer here to set it.
  useEffect(() => {
    window.addEventListener(OPEN_SETTINGS_EVENT, requestSettings);
    return () => window.removeEventListener(OPEN_SETTINGS_EVENT, requestSettings);
  }, [requestSettings]);

  const selectedSource = data.sources?.find((source) => source.id === selectedSourceId) ?? null;
  const openSettings = data.settings ? () => setSettingsOpen(true) : undefined;
  const paneWidths = { '--library-width': `${libraryWidth}px`, '--inspector-width': `${inspectorWidth}px` } as CSSProperties;

  return (
    <ImportProvider onOpenDocument={openDocument} chooserRequest={chooserRequest} readOnly={data.info?.readOnly === true}>
      <ClaimsProvider documentId={selectedDocumentId}>
      <div className="app">
        <AppHeader
          info={data.info}
          unavailable={phase.name === 'failed'}
          onOpenSettings={openSettings}
          reviewOpen={reviewOpen}
          onToggleReview={() => setReviewOpen((open) => !open)}
        />
        {phase.name === 'failed' ? (
          <main className="load-failure" aria-label="Workbench">
            <EmptyState
              icon="alert"
              tone="danger"
              title="The workbench could not be loaded"
              actions={
                <button type="button" className="button button--primary" onClick={() => void reload()}>
                  Try again
                </button>
              }
            >
              {phase.error.message}
            </EmptyState>
          </main>
        ) : reviewOpen ? (
          <PaneBoundary what="the review">
            <ReviewView onClose={() => setReviewOpen(false)} />
          </PaneBoundary>
        ) : (
          <div className="workspace" style={paneWidths}>
            <PaneBoundary what="the library">
            <LibraryPane
              view={view}
              onViewChange={setView}
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
              onOpenMatch={openMatch}
              onMoreDocumentsWanted={loadMoreDocuments}
              onDeleteDocument={deletion.request}
              documentsRefresh={documentsRefresh}
              selectedSourceId={selectedSourceId}
              onSelectSource={openSource}
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
            <PaneBoundary what={centre === 'source' ? 'the source' : 'the document'} resetKey={centre === 'source' ? selectedSourceId : selectedDocumentId}>
            {centre === 'source' && selectedSourceId ? (
              <SourcePane
                sourceId={selectedSourceId}
                sources={data.sources}
                tab={sourceTab}
                onTabChange={setSourceTab}
                onShowSource={openSource}
                onSourceGone={closeSource}
              />
            ) : (
              <ReaderPane
                documentId={selectedDocumentId}
                reveal={reveal}
                change={documentChange}
                onDelete={deletion.request}
              />
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
              <InspectorPane source={selectedSource} onClose={() => setSelectedSourceId(null)} />
            </PaneBoundary>
          </div>
        )}
        <StatusBar
          phase={phase}
          connection={connection}
          info={data.info}
          settings={data.settings}
          onOpenSettings={openSettings}
        />
        <SettingsDialog
          open={settingsOpen}
          settings={data.settings}
          onClose={() => setSettingsOpen(false)}
          onSaved={(settings) => {
            replace('settings', settings);
            notify({ tone: 'info', title: 'Settings saved' });
          }}
        />
        <DeleteDocumentDialog target={deletion.target} onCancel={deletion.cancel} onConfirm={deletion.confirm} />
        <ExportCenter documentId={selectedDocumentId} info={data.info} />
        <GraphDialogHost />
        <OpenRequestedClaim />
      </div>
      </ClaimsProvider>
    </ImportProvider>
  );
}
