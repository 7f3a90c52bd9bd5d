import { createDispatch } from '../../../../core/api/dispatch.js';
import type { AppEvent } from '../../../../core/api/index.js';
import type { Claim, DocumentDetail, ImportOutcome } from '../../../../core/domain.js';
import type { WorkbenchBackups } from '../../../../db/backups/workbench-backups.js';
import { createService } from '../../../../db/service.js';
import type { Workbench } from '../../../../db/workbench.js';
import { IDLIB_ARTICLE, spanOf } from '../support/articles.js';

export const CLAIM_QUOTES = [
  'The National Liberation Front rejected the demilitarised zone agreement on Monday',
  'The US military evacuated several ISIL commanders from Deir ez-Zor in recent weeks',
];

/** Drives a workbench through the API, as the app does, so claims come with their history. */
export function apiFor(workbench: Workbench, options: { backups?: WorkbenchBackups; events?: AppEvent[] } = {}) {
  const dispatch = createDispatch(createService(workbench, { backups: options.backups, emit: (event) => options.events?.push(event) }));
  const call = async <T = any>(method: string, args: unknown = {}): Promise<T> => {
    const result = await dispatch(method, args);
    if (!result.ok) throw new Error(`${method} failed (${result.error.code}): ${result.error.message}`);
    return result.value as T;
  };
  return { dispatch, call };
}

/** Imports the Idlib article and marks the claims in it; returns the document ID. */
export async function addClaims(call: ReturnType<typeof apiFor>['call'], quotes = CLAIM_QUOTES): Promise<string> {
  const outcome = await call<ImportOutcome>('documents.importText', { text: IDLIB_ARTICLE, title: 'Idlib' });
  if (outcome.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(outcome)}`);
  const documentId = outcome.document.id;
  const { text } = await call<DocumentDetail>('documents.get', { id: documentId });
  for (const quote of quotes) await call<Claim>('claims.create', { documentId, ...spanOf(text, quote) });
  return documentId;
}

export const LATER_QUOTE = 'Turkey will keep its twelve observation posts';

/** Marks one more claim in a document already imported. */
export async function addClaim(call: ReturnType<typeof apiFor>['call'], documentId: string, quote = LATER_QUOTE): Promise<void> {
  const { text } = await call<DocumentDetail>('documents.get', { id: documentId });
  await call<Claim>('claims.create', { documentId, ...spanOf(text, quote) });
}

export function claimQuotes(workbench: Workbench): string[] {
  const rows = workbench.db.prepare('SELECT quote FROM claims WHERE deleted_at IS NULL ORDER BY quote').all() as { quote: string }[];
  return rows.map((row) => row.quote.trim());
}
