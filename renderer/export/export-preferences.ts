// What the export dialog remembers between exports, per workbench and across reloads: a desk that
// publishes "Done only" ClaimReview every evening should find it chosen the next evening. Kept in
// the browser's storage under the workbench's ID, so two workbenches keep their own habits, and
// read defensively: a value from another version of the app, or edited by hand, falls back to the
// default field by field instead of breaking the dialog.
import { useCallback, useEffect, useState } from 'react';

import { type ExportChoice, isExportChoice } from './export-formats.js';
import { type Narrowing, NARROWINGS, SCOPE_CHOICES, type ScopeChoice } from './export-scope.js';

export interface ExportPreferences {
  /** The place last exported; null until something was exported. */
  scope: ScopeChoice | null;
  narrowing: Narrowing;
  choice: ExportChoice;
  /** CSV: start with a byte-order mark for Excel. */
  bom: boolean;
  /** Reports: print the audit history. Off by default, since reports are often published. */
  history: boolean;
  /**
   * Reports: note claims whose quoted words a later version of the article changed. On by default:
   * a published report should not hide that the outlet changed what it checks.
   */
  revisionNotes: boolean;
  title: string;
}

export const DEFAULT_EXPORT_PREFERENCES: ExportPreferences = {
  scope: null,
  narrowing: 'all',
  choice: 'html',
  bom: false,
  history: false,
  revisionNotes: true,
  title: '',
};

const MAX_TITLE_LENGTH = 300;

export function preferencesKey(workbenchId: string): string {
  return `claimtrace.export.${workbenchId}`;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

export function readExportPreferences(storage: Storage | null, workbenchId: string): ExportPreferences {
  let stored: unknown;
  try {
    stored = JSON.parse(storage?.getItem(preferencesKey(workbenchId)) ?? 'null');
  } catch {
    return DEFAULT_EXPORT_PREFERENCES;
  }
  if (typeof stored !== 'object' || stored === null) return DEFAULT_EXPORT_PREFERENCES;
  const value = stored as Record<string, unknown>;
  const pick = <T>(key: string, valid: (v: unknown) => v is T, fallback: T): T => (valid(value[key]) ? value[key] : fallback);
  return {
    scope: pick('scope', (v): v is ScopeChoice | null => v === null || (SCOPE_CHOICES as readonly unknown[]).includes(v), null),
    narrowing: pick('narrowing', (v): v is Narrowing => (NARROWINGS as readonly unknown[]).includes(v), 'all'),
    choice: pick('choice', isExportChoice, 'html'),
    bom: pick('bom', (v): v is boolean => typeof v === 'boolean', false),
    history: pick('history', (v): v is boolean => typeof v === 'boolean', false),
    revisionNotes: pick('revisionNotes', (v): v is boolean => typeof v === 'boolean', true),
    title: pick('title', (v): v is string => typeof v === 'string' && v.length <= MAX_TITLE_LENGTH, ''),
  };
}

export function writeExportPreferences(storage: Storage | null, workbenchId: string, preferences: ExportPreferences): void {
  try {
    storage?.setItem(preferencesKey(workbenchId), JSON.stringify(preferences));
  } catch {
    // Storage full or switched off: the choices are remembered for this session only.
  }
}

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The preferences of the open workbench, kept for this session until it is known and across reloads after. */
export function useExportPreferences(workbenchId: string | undefined) {
  const [preferences, setPreferences] = useState<ExportPreferences>(() =>
    workbenchId ? readExportPreferences(browserStorage(), workbenchId) : DEFAULT_EXPORT_PREFERENCES,
  );
  // Another workbench opened in this window brings its own choices.
  useEffect(() => {
    if (workbenchId) setPreferences(readExportPreferences(browserStorage(), workbenchId));
  }, [workbenchId]);
  const update = useCallback(
    (next: ExportPreferences) => {
      setPreferences(next);
      if (workbenchId) writeExportPreferences(browserStorage(), workbenchId, next);
    },
    [workbenchId],
  );
  return [preferences, update] as const;
}
