// Where the reviewer is in the workbench: which library tab, which document or source is open in
// the centre, whether the review workspace or Settings covers it, and where the reader was asked to
// look. Pure, so every way of moving around is a tested transition rather than effects in a component.
import type { SearchHit } from '../../core/domain.js';
import type { Passage } from '../commands/app-commands.js';
import type { LibraryView } from '../library/LibraryPane.js';
import type { RevealRequest } from '../reader/plugins/RevealMatchPlugin/RevealMatchPlugin.js';
import type { SourceTab } from '../sources/source-tabs.js';

export interface ShellState {
  view: LibraryView;
  documentId: string | null;
  sourceId: string | null;
  /** The centre pane reads the open document, or shows the open source's registry entry and trace. */
  centre: 'reader' | 'source';
  sourceTab: SourceTab;
  /** The review workspace (queue and dashboard) takes the place of library | reader | inspector. */
  reviewOpen: boolean;
  /** Where the reader was asked to look: a search match or a quoted passage. */
  reveal: RevealRequest | null;
  settings: 'closed' | 'wanted' | 'open';
}

export const INITIAL_SHELL: ShellState = {
  view: 'documents',
  documentId: null,
  sourceId: null,
  centre: 'reader',
  sourceTab: 'trace',
  reviewOpen: false,
  reveal: null,
  settings: 'closed',
};

export type ShellAction =
  /** From the library list or an import: the document, from its top. */
  | { type: 'open-document'; documentId: string }
  /** From another view (a trace, the queue, a graph): the review workspace makes way for it. */
  | { type: 'show-document'; documentId: string }
  | { type: 'open-match'; hit: SearchHit; query: string }
  | { type: 'open-passage'; passage: Passage }
  | { type: 'select-source'; sourceId: string }
  /** From another view: the source's trace, in the Sources tab. */
  | { type: 'show-source'; sourceId: string }
  /** A discarded source leaves nothing to show: the reader comes back and the Sources list stays. */
  | { type: 'close-source' }
  /** The inspector's source details closed; the centre stays as it is. */
  | { type: 'deselect-source' }
  | { type: 'document-closed' }
  | { type: 'set-view'; view: LibraryView }
  | { type: 'set-source-tab'; tab: SourceTab }
  | { type: 'toggle-review' }
  | { type: 'close-review' }
  /** Another workbench file was opened: nothing selected in the old one means anything here. */
  | { type: 'workbench-opened' }
  /** The menu or shortcut can ask before the settings have loaded; the dialog then waits for them. */
  | { type: 'request-settings'; settingsLoaded: boolean }
  | { type: 'settings-loaded' }
  | { type: 'close-settings' };

export function shellReducer(state: ShellState, action: ShellAction): ShellState {
  switch (action.type) {
    case 'open-document':
      return { ...state, documentId: action.documentId, centre: 'reader', reveal: null };
    case 'show-document':
      return { ...state, documentId: action.documentId, centre: 'reader', reveal: null, reviewOpen: false };
    case 'open-match': {
      const { hit, query } = action;
      const reveal =
        hit.matchStart === null ? null : { documentId: hit.documentId, start: hit.matchStart, end: hit.matchEnd ?? hit.matchStart, query };
      return { ...state, documentId: hit.documentId, centre: 'reader', reveal };
    }
    case 'open-passage':
      return {
        ...state,
        documentId: action.passage.documentId,
        centre: 'reader',
        reviewOpen: false,
        reveal: { ...action.passage, query: '' },
      };
    case 'select-source':
      return { ...state, sourceId: action.sourceId, centre: 'source' };
    case 'show-source':
      return { ...state, sourceId: action.sourceId, centre: 'source', view: 'sources', sourceTab: 'trace', reviewOpen: false };
    case 'close-source':
      return { ...state, sourceId: null, centre: 'reader' };
    case 'deselect-source':
      return { ...state, sourceId: null };
    case 'document-closed':
      return { ...state, documentId: null, reveal: null };
    case 'set-view':
      return state.view === action.view ? state : { ...state, view: action.view };
    case 'set-source-tab':
      return { ...state, sourceTab: action.tab };
    case 'toggle-review':
      return { ...state, reviewOpen: !state.reviewOpen };
    case 'close-review':
      return state.reviewOpen ? { ...state, reviewOpen: false } : state;
    case 'workbench-opened':
      return { ...state, documentId: null, sourceId: null, centre: 'reader', reveal: null };
    case 'request-settings':
      return { ...state, settings: action.settingsLoaded ? 'open' : 'wanted' };
    case 'settings-loaded':
      return state.settings === 'wanted' ? { ...state, settings: 'open' } : state;
    case 'close-settings':
      return { ...state, settings: 'closed' };
  }
}
