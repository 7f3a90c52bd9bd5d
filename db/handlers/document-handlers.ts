import type { NamespaceHandlers } from '../../core/api/index.js';
import { summaryOf } from '../../core/documents/document-summary.js';
import { importFile, importPastedText } from '../import/import-file.js';
import { reimportFile } from '../import/reimport-file.js';
import { listRevisedClaims } from '../queries/claim-revisions.js';
import { assertLiveDocument, listClaims } from '../queries/claims.js';
import { getDocument } from '../queries/document-detail.js';
import { confirmDocumentField, deleteDocument, requireLiveDocuments, restoreDocument, updateDocument } from '../queries/document-edits.js';
import { documentRevision } from '../queries/document-revision.js';
import { listOutlets, searchDocuments } from '../queries/document-search.js';
import { listVersions } from '../queries/document-versions.js';
import { listDocuments } from '../queries/documents.js';
import { writeTransaction } from '../write-transaction.js';
import type { HandlerContext } from './context.js';

export function documentHandlers({ db, emit }: HandlerContext): NamespaceHandlers<'documents'> {
  const changed = <T>(ids: string[], value: T): T => {
    emit({ type: 'documents.changed', ids });
    return value;
  };
  return {
    'documents.list': (args) => listDocuments(db, args),
    'documents.outlets': () => listOutlets(db),
    'documents.get': ({ id }) => getDocument(db, id),
    'documents.update': ({ id, patch }) => changed([id], updateDocument(db, id, patch)),
    // One transaction for the batch: every document changes, with its history, or none does.
    'documents.updateMany': ({ ids, patch }) =>
      changed(
        ids,
        writeTransaction(db, () => {
          requireLiveDocuments(db, ids);
          return ids.map((id) => summaryOf(updateDocument(db, id, patch)));
        }),
      ),
    'documents.confirmField': ({ id, field }) => changed([id], confirmDocumentField(db, id, field)),
    'documents.delete': ({ id }) => changed([id], deleteDocument(db, id)),
    'documents.restore': ({ id }) => changed([id], restoreDocument(db, id)),
    'documents.search': ({ query, limit }) => searchDocuments(db, query, limit),
    'documents.importFile': async ({ name, dataBase64 }) => {
      const outcome = await importFile(db, { name, bytes: Buffer.from(dataBase64, 'base64') });
      return outcome.status === 'imported' ? changed([outcome.document.id], outcome) : outcome;
    },
    'documents.versions': ({ id }) => {
      assertLiveDocument(db, id);
      return listVersions(db, id);
    },
    'documents.revision': ({ id, from, to }) => documentRevision(db, id, from, to),
    'documents.revisedClaims': (filter) => listRevisedClaims(db, filter),
    'documents.importText': async ({ text, title }) => {
      const outcome = await importPastedText(db, text, title);
      return outcome.status === 'imported' ? changed([outcome.document.id], outcome) : outcome;
    },
    'documents.reimport': async ({ id, name, dataBase64 }) => {
      const outcome = await reimportFile(db, id, { name, bytes: Buffer.from(dataBase64, 'base64') });
      const claimIds = listClaims(db, id).map((claim) => claim.id);
      if (claimIds.length > 0) emit({ type: 'claims.changed', documentId: id, ids: claimIds });
      return changed([id], outcome);
    },
  };
}
