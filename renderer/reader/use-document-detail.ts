// The open document, fetched whole (text included) and fetched again when the workbench says it
// changed. The list only carries summaries; the reader needs the text and every metadata field.
import { useCallback } from 'react';

import type { DocumentDetail } from '../../core/domain.js';
import { call, type ClientError } from '../api-client.js';
import { useLiveResource } from '../use-live-resource.js';

export type DetailState =
  | { status: 'none' }
  | { status: 'loading'; id: string }
  | { status: 'ready'; document: DocumentDetail }
  | { status: 'missing'; id: string }
  | { status: 'failed'; id: string; error: ClientError };

export function useDocumentDetail(id: string | null) {
  const detail = useLiveResource(
    id,
    () => call('documents.get', { id: id! }),
    // A change announced without IDs may be any document's.
    (event) => event.type === 'documents.changed' && id !== null && (event.ids.length === 0 || event.ids.includes(id)),
  );
  const { mutate } = detail;
  /** Takes a document the API just returned (from documents.update) without asking again. */
  const replace = useCallback((document: DocumentDetail) => mutate(() => document), [mutate]);
  return { state: detailState(id, detail.value, detail.error), replace };
}

function detailState(id: string | null, document: DocumentDetail | undefined, error: ClientError | null): DetailState {
  if (id === null) return { status: 'none' };
  // A document deleted meanwhile is missing, even when an older copy is still at hand.
  if (error?.code === 'not_found') return { status: 'missing', id };
  if (document) return { status: 'ready', document };
  if (error) return { status: 'failed', id, error };
  return { status: 'loading', id };
}
