import type { NamespaceHandlers } from '../../core/api/index.js';
import { ApiError } from '../../core/api/result.js';
import type { Evidence } from '../../core/domain.js';
import { claimState, getClaim } from '../queries/claims.js';
import { getEvidence, listEvidence } from '../queries/evidence.js';
import {
  addFileEvidence,
  addPassageEvidence,
  addUrlEvidence,
  deleteEvidence,
  restoreEvidence,
  updateEvidence,
} from '../queries/evidence-edits.js';
import { readEvidenceFileBytes } from '../queries/evidence-files.js';
import type { HandlerContext } from './context.js';

export function evidenceHandlers({ db, emit }: HandlerContext): NamespaceHandlers<'evidence'> {
  /** Evidence is part of its claim: the claim's document is told the claim changed. */
  const changed = (evidence: Evidence): Evidence => {
    const claim = claimState(db, evidence.claimId);
    if (claim) emit({ type: 'claims.changed', documentId: claim.documentId, ids: [evidence.claimId] });
    return evidence;
  };
  return {
    'evidence.list': ({ claimId }) => {
      getClaim(db, claimId);
      return listEvidence(db, claimId);
    },
    'evidence.addUrl': (args) => changed(addUrlEvidence(db, args)),
    'evidence.addPassage': (args) => changed(addPassageEvidence(db, args)),
    'evidence.addFile': (args) => changed(addFileEvidence(db, args)),
    'evidence.update': ({ id, patch }) => changed(updateEvidence(db, id, patch)),
    'evidence.delete': ({ id }) => {
      changed(deleteEvidence(db, id));
      return { id };
    },
    'evidence.restore': ({ id }) => changed(restoreEvidence(db, id)),
    'evidence.file': ({ id }) => {
      const { file } = getEvidence(db, id);
      if (!file) throw new ApiError('not_found', 'This evidence is not a file.');
      const bytes = readEvidenceFileBytes(db, file.id);
      return { name: file.name, mediaType: file.mediaType, size: file.size, sha256: file.sha256, dataBase64: bytes.toString('base64') };
    },
  };
}
