// Two versions of a document compared, for the reader's Changes view: the differences of their
// texts, word by word, and the claims the versions in between changed.
import type Database from 'better-sqlite3';

import { ApiError } from '../../core/api/result.js';
import type { DocumentRevision, DocumentVersion } from '../../core/documents/revisions.js';
import { readableTextDiff } from '../../core/text/text-diff.js';
import { revisionsBetween } from './claim-revisions.js';
import { assertLiveDocument } from './claims.js';
import { listVersions, versionText } from './document-versions.js';

/**
 * Compares version `from` with version `to`; by default the newest version with the one before it,
 * and with `to` alone, that version with the one before it.
 */
export function documentRevision(db: Database.Database, documentId: string, from?: number, to?: number): DocumentRevision {
  assertLiveDocument(db, documentId);
  const versions = listVersions(db, documentId);
  if (versions.length < 2) {
    throw new ApiError(
      'conflict',
      'This document has one version only: no newer copy has been imported over it, so there is nothing to compare.',
    );
  }
  const toNumber = to ?? versions.at(-1)!.number;
  const fromNumber = from ?? toNumber - 1;
  const later = versionNumbered(versions, toNumber);
  const earlier = versionNumbered(versions, fromNumber);
  if (earlier.number >= later.number) {
    throw new ApiError(
      'invalid_arguments',
      `Compare an earlier version with a later one: version ${fromNumber} is not before version ${toNumber}.`,
    );
  }
  return {
    documentId,
    from: earlier,
    to: later,
    segments: readableTextDiff(versionText(db, documentId, earlier.number), versionText(db, documentId, later.number)),
    changes: revisionsBetween(db, documentId, earlier.number, later.number),
  };
}

function versionNumbered(versions: readonly DocumentVersion[], number: number): DocumentVersion {
  const version = versions.find((candidate) => candidate.number === number);
  if (!version) {
    const newest = versions.at(-1)!.number;
    throw new ApiError('not_found', `This document has no version ${number}; its versions are 1 to ${newest}.`);
  }
  return version;
}
