// A document's versions and the comparison of two of them, each asked again when the document or
// its claims change (a re-import adds a version; deleting a claim changes the counts).
import type { AppEvent } from '../../../core/api/events.js';
import type { DocumentRevision, DocumentVersion, RevisedClaim } from '../../../core/documents/revisions.js';
import { call } from '../../api-client.js';
import { useLiveResource } from '../../use-live-resource.js';

function touchesDocument(documentId: string | null) {
  return (event: AppEvent) =>
    documentId !== null &&
    ((event.type === 'documents.changed' && (event.ids.length === 0 || event.ids.includes(documentId))) ||
      (event.type === 'claims.changed' && event.documentId === documentId));
}

export function useDocumentVersions(documentId: string | null) {
  return useLiveResource<DocumentVersion[]>(documentId, () => call('documents.versions', { id: documentId! }), touchesDocument(documentId));
}

/** Version `from` compared with version `to`; null numbers leave the choice to the workbench (the newest two). */
export function useDocumentRevision(documentId: string | null, from: number | null, to: number | null) {
  const key = documentId === null ? null : `${documentId}:${from ?? ''}:${to ?? ''}`;
  return useLiveResource<DocumentRevision>(
    key,
    () => call('documents.revision', { id: documentId!, ...(from !== null ? { from } : {}), ...(to !== null ? { to } : {}) }),
    touchesDocument(documentId),
    { keepPrevious: true },
  );
}

/** What later versions of its document did to one claim's words. */
export function useClaimRevisions(claimId: string, documentId: string) {
  return useLiveResource<RevisedClaim[]>(claimId, () => call('documents.revisedClaims', { claimId }), touchesDocument(documentId));
}
