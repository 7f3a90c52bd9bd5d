// Every command one part of the window sends another, with what it carries: the one list to read to
// know who can ask for what. Views send them with `dispatch`; the part that acts on one listens with
// `useCommand`.
import { useEffect, useRef } from 'react';

import type { QueueExport } from '../export/export-scope.js';
import type { GraphRequest } from '../tracing/graph-request.js';
import { createCommandBus } from './command-bus.js';

/** A span of a document's stored text, in UTF-16 offsets. */
export interface Passage {
  documentId: string;
  start: number;
  end: number;
}

/** What a surrounding view (the review queue's or the inspector's keys) asks the open claim's verification panel to do. */
export type VerificationAction =
  | { kind: 'focus-rationale' }
  | { kind: 'focus-status' }
  | { kind: 'focus-verdict' }
  | { kind: 'next-status' }
  | { kind: 'verdict-key'; key: string };

export interface AppCommands {
  /** Opens the document and makes the claim the active one once its claims have loaded. */
  'open-claim': { documentId: string; claimId: string };
  'open-document': { documentId: string };
  /** Shows a source's registry entry and trace in the centre pane. */
  'open-source': { sourceId: string };
  /** Shows an attribution graph in a dialog over the workbench. */
  'open-graph': GraphRequest;
  /** Opens a document in the reader at a passage (quoted as evidence, an appearance). */
  'open-passage': Passage;
  'open-settings': undefined;
  /**
   * Opens the export dialog; with claim IDs, those claims are its scope; with the review queue's
   * filters, every claim they match.
   */
  'open-export': { claimIds?: readonly string[]; queue?: QueueExport };
  /** Opens the file chooser for documents to import. */
  'choose-import-files': undefined;
  /** Opens the file chooser for a bundle to merge into the workbench. */
  'import-bundle': undefined;
  /** Moves the keyboard to the library's search field. */
  'focus-search': undefined;
  'verify-claim': { claimId: string; action: VerificationAction };
}

const bus = createCommandBus<AppCommands>();

export const dispatch = bus.dispatch;

/** Acts on a command while the calling component is mounted; `handler` need not be stable. */
export function useCommand<Name extends keyof AppCommands>(name: Name, handler: (payload: AppCommands[Name]) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => bus.register(name, (payload) => latest.current(payload)), [name]);
}
