import type { WorkbenchInfo } from '../domain.js';

/** Everything a host tells the renderer without being asked, over one channel. */
export type AppEvent =
  | { type: 'workbench.opened'; workbench: WorkbenchInfo }
  | { type: 'documents.changed'; ids: string[] }
  | { type: 'sources.changed' }
  | { type: 'claims.changed'; documentId: string; ids: string[] }
  | { type: 'settings.changed' }
  | { type: 'ratings.changed' }
  /** Suggestions of a document were rejected, or a rejection was taken back (in any window). */
  | { type: 'rejections.changed'; documentId: string }
  /** A snapshot was written, or an attempt failed: the backup list and its last error changed. */
  | { type: 'backups.changed' }
  | { type: 'export.progress'; exportId: string | null; done: number; total: number }
  | { type: 'menu.command'; command: MenuCommand };

/** Menu items the desktop host forwards to the renderer because the UI acts on them. */
export type MenuCommand = 'import' | 'export' | 'find' | 'settings' | 'undo' | 'redo';
