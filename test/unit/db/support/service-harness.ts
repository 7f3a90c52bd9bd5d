import { createDispatch } from '../../../../core/api/dispatch.js';
import type { AppEvent } from '../../../../core/api/index.js';
import type { ApiErrorBody } from '../../../../core/api/result.js';
import type { ImportOutcome } from '../../../../core/domain.js';
import { createService } from '../../../../db/service.js';
import { openWorkbench, type Workbench } from '../../../../db/workbench.js';
import { makeTempDir } from '../../../support/temp-dir.js';

/**
 * A real workbench file in a temporary folder, driven through the same dispatch wrapper the hosts
 * use, so argument validation runs exactly as it does for the app.
 */
export interface ServiceHarness {
  workbench: Workbench;
  events: AppEvent[];
  call<T = any>(method: string, args?: unknown): Promise<T>;
  failure(method: string, args?: unknown): Promise<ApiErrorBody>;
  importText(text: string, title?: string): Promise<string>;
  close(): void;
}

export function openServiceHarness(name = 'Desk'): ServiceHarness {
  const temp = makeTempDir();
  const workbench = openWorkbench(temp.file(`${name}.claimtrace`), { create: true });
  const events: AppEvent[] = [];
  const dispatch = createDispatch(createService(workbench, { emit: (event) => events.push(event) }));
  const call = async <T>(method: string, args: unknown = {}): Promise<T> => {
    const result = await dispatch(method, args);
    if (!result.ok) throw new Error(`${method} failed (${result.error.code}): ${result.error.message}`);
    return result.value as T;
  };
  return {
    workbench,
    events,
    call,
    failure: async (method, args = {}) => {
      const result = await dispatch(method, args);
      if (result.ok) throw new Error(`${method} succeeded but was expected to fail`);
      return result.error;
    },
    importText: async (text, title) => {
      const outcome = await call<ImportOutcome>('documents.importText', { text, title });
      if (outcome.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(outcome)}`);
      return outcome.document.id;
    },
    close: () => {
      workbench.close();
      temp.remove();
    },
  };
}

/** The history rows of one claim, oldest first. */
export function claimHistory(workbench: Workbench, claimId: string) {
  return workbench.db
    .prepare(
      `SELECT action, field, old_value AS oldValue, new_value AS newValue FROM history
       WHERE claim_id = ? ORDER BY at, rowid`,
    )
    .all(claimId) as { action: string; field: string | null; oldValue: string | null; newValue: string | null }[];
}
