// The application shell: title bar, library | reader | inspector, status bar and the dialogs,
// wired to the workbench through the API client and kept current by the host's events.
import { useCallback, useEffect, useState, type CSSProperties } from 'react';
import { subscribe, type ClientError, type ConnectionState } from '../api-client.js';
import { EmptyState } from '../components/EmptyState.js';
import { NotificationProvider, useNotify } from '../components/Notifications.js';
import { PaneResizer } from '../components/PaneResizer.js';
import { InspectorPane } from '../inspector/InspectorPane.js';
import { LibraryPane, type LibraryView } from '../library/LibraryPane.js';
import { ReaderPane } from '../reader/ReaderPane.js';
import { SettingsDialog } from '../settings/SettingsDialog.js';
import { AppHeader } from './AppHeader.js';
import { describeError } from './describe-error.js';
import { StatusBar } from './StatusBar.js';
import { applyTheme } from './theme.js';
import { usePaneWidth } from './use-pane-width.js';
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
  const { data, phase, reload, loadMoreDocuments, replace } = useWorkbenchData(reportError);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [view, setView] = useState<LibraryView>('documents');
  const [selectedDocumentId, setSelectedDocumentId] = useState<string | null>(null);
  const [selectedSourceId, setSelectedSourceId] = useState<string | null>(null);
  const [libraryWidth, setLibraryWidth] = usePaneWidth('claimtrace.pane.library', LIBRARY_WIDTH);
  const [inspectorWidth, setInspectorWidth] = usePaneWidth('claimtrace.pane.inspector', INSPECTOR_WIDTH);

  useEffect(() => {
    void reload();
  }, [reload]);

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

  useEffect(() => {
    let missedEvents = false;
    return subscribe(
      (event) => {
        switch (event.type) {
          case 'workbench.opened':
            setSelectedDocumentId(null);
            setSelectedSourceId(null);
            void reload();
            break;
          case 'documents.changed':
            void reload(['documents', 'info']);
            break;
          case 'sources.changed':
            void reload(['sources', 'info']);
            break;
          case 'settings.changed':
            void reload(['settings']);
            break;
          case 'menu.command':
            if (event.command === 'settings') requestSettings();
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
        }
      },
    );
  }, [reload, requestSettings]);

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
      if (event.key === ',' && (event.ctrlKey || event.metaKey) && !event.altKey) {
        event.preventDefault();
        requestSettings();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [requestSettings]);

  const selectedDocument = data.documents?.items.find((document) => document.id === selectedDocumentId) ?? null;
  const selectedSource = data.sources?.find((source) => source.id === selectedSourceId) ?? null;
  const openSettings = data.settings ? () => setSettingsOpen(true) : undefined;
  const paneWidths = { '--library-width': `${libraryWidth}px`, '--inspector-width': `${inspectorWidth}px` } as CSSProperties;

  return (
    <div className="app">
      <AppHeader info={data.info} unavailable={phase.name === 'failed'} onOpenSettings={openSettings} />
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
      ) : (
        <div className="workspace" style={paneWidths}>
          <LibraryPane
            view={view}
            onViewChange={setView}
            documents={data.documents?.items}
            documentTotal={data.documents?.total}
            sources={data.sources}
            selectedDocumentId={selectedDocumentId}
            onSelectDocument={setSelectedDocumentId}
            onMoreDocumentsWanted={loadMoreDocuments}
            selectedSourceId={selectedSourceId}
            onSelectSource={setSelectedSourceId}
          />
          <PaneResizer
            label="Resize library"
            controls="left"
            width={libraryWidth}
            min={LIBRARY_WIDTH.min}
            max={LIBRARY_WIDTH.max}
            defaultWidth={LIBRARY_WIDTH.initial}
            onResize={setLibraryWidth}
          />
          <ReaderPane document={selectedDocument} />
          <PaneResizer
            label="Resize inspector"
            controls="right"
            width={inspectorWidth}
            min={INSPECTOR_WIDTH.min}
            max={INSPECTOR_WIDTH.max}
            defaultWidth={INSPECTOR_WIDTH.initial}
            onResize={setInspectorWidth}
          />
          <InspectorPane source={selectedSource} onClose={() => setSelectedSourceId(null)} />
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
    </div>
  );
}
