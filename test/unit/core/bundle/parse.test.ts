import { describe, expect, it } from 'vitest';

import { ApiError } from '../../../../core/api/result.js';
import { type Bundle, BUNDLE_FORMAT, BUNDLE_VERSION } from '../../../../core/bundle/format.js';
import { assertBundleSize, MAX_BUNDLE_BYTES, parseBundleText, validateBundle } from '../../../../core/bundle/parse.js';

const DOC = '6f1d2c3b-4a59-4e8d-9c7b-0a1b2c3d4e5f';
const CLAIM = '7a2e3d4c-5b6a-4f9e-8d8c-1b2c3d4e5f60';
const AT = '2026-11-22T08:00:00.000Z';

function minimalBundle(): Bundle {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: AT,
    workbenchId: '8b3f4e5d-6c7b-4a0f-9e9d-2c3d4e5f6071',
    appSchemaVersion: 1,
    scope: { kind: 'document', label: 'One article' },
    documents: [
      {
        id: DOC,
        title: 'One article',
        outlet: null,
        outletSourceId: null,
        author: null,
        url: null,
        publishedAt: null,
        language: 'en',
        direction: 'ltr',
        contentHash: 'abc123',
        commentsStart: null,
        photoCredits: [],
        sourceFile: null,
        sourceFormat: null,
        createdAt: AT,
        updatedAt: AT,
        deletedAt: null,
        text: 'Officials said the border would reopen.',
      },
    ],
    sources: [],
    ratings: [],
    claims: [
      {
        id: CLAIM,
        documentId: DOC,
        quote: 'the border would reopen',
        prefix: 'Officials said ',
        suffix: '.',
        startOffset: 15,
        endOffset: 38,
        orphaned: false,
        statement: '',
        claimant: '',
        kind: 'factual',
        checkworthiness: null,
        status: 'unreviewed',
        ratingId: null,
        assignee: 'Dana Okafor',
        rationaleJson: null,
        rationaleText: '',
        notesJson: null,
        notesText: '',
        origin: 'manual',
        createdAt: AT,
        updatedAt: AT,
        deletedAt: null,
      },
    ],
    hops: [],
    tags: [],
    claimTags: [],
    evidence: [],
    files: [],
    appearances: [],
    rejections: [],
    history: [],
  };
}

function refusal(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('reading a bundle', () => {
  it('accepts a well-formed bundle, with or without a byte-order mark', () => {
    const text = JSON.stringify(minimalBundle());
    expect(parseBundleText(text).claims[0]!.id).toBe(CLAIM);
    expect(parseBundleText(`\uFEFF${text}`).documents).toHaveLength(1);
  });

  it('reads the assignee, and a claim written before claims had assignees as unassigned', () => {
    expect(validateBundle(minimalBundle()).claims[0]!.assignee).toBe('Dana Okafor');
    // A version 1 bundle, written before claims had assignees, is still read.
    const older = { ...minimalBundle(), version: 1 };
    delete (older.claims[0] as Partial<Bundle['claims'][number]>).assignee;
    expect(validateBundle(older).claims[0]!.assignee).toBeNull();
    const padded = minimalBundle();
    padded.claims[0]!.assignee = '   ';
    expect(validateBundle(padded).claims[0]!.assignee).toBeNull();
    padded.claims[0]!.assignee = '  Omid Karimi ';
    expect(validateBundle(padded).claims[0]!.assignee).toBe('Omid Karimi');
    padded.claims[0]!.assignee = 'x'.repeat(201);
    expect(refusal(() => validateBundle(padded)).message).toContain('claims.0.assignee');
  });

  it('tells a newer bundle from a damaged one', () => {
    const newer = refusal(() => validateBundle({ ...minimalBundle(), version: BUNDLE_VERSION + 1 }));
    expect(newer.code).toBe('unsupported');
    expect(newer.message).toContain(`bundle version ${BUNDLE_VERSION + 1}`);
    expect(refusal(() => validateBundle({ ...minimalBundle(), version: 0 })).message).toContain('no valid version');
    const noVersion = refusal(() => validateBundle({ ...minimalBundle(), version: 'one' }));
    expect(noVersion.code).toBe('invalid_arguments');
    expect(noVersion.message).toContain('no valid version');
  });

  it('refuses what is not a bundle at all', () => {
    expect(refusal(() => parseBundleText('[1, 2, 3]')).message).toContain('not a JSON object');
    expect(refusal(() => validateBundle({ format: 'hypothesis-export' })).message).toContain('"hypothesis-export"');
    expect(refusal(() => parseBundleText('{"format": ')).message).toContain('not JSON');
  });

  it('checks claims against the rules the workbench enforces', () => {
    const bundle = minimalBundle();
    bundle.claims[0]!.orphaned = true;
    bundle.claims[0]!.checkworthiness = 7;
    const error = refusal(() => validateBundle(bundle));
    expect(error.message).toContain('claims.0.checkworthiness');
  });

  it('finds rows that point outside the bundle and IDs used twice', () => {
    const bundle = minimalBundle();
    bundle.claims.push({ ...bundle.claims[0]!, documentId: '9c4a5f6e-7d8c-4b1a-8f0e-3d4e5f607182' });
    const error = refusal(() => validateBundle(bundle));
    expect(error.message).toContain(`claims.1.id: the ID ${CLAIM} is used twice`);
    expect(error.message).toContain('claims.1.documentId: points at 9c4a5f6e-7d8c-4b1a-8f0e-3d4e5f607182');
  });

  it('lists only the first problems of a badly damaged bundle', () => {
    const bundle = minimalBundle() as unknown as { claims: Record<string, unknown>[] };
    bundle.claims = Array.from({ length: 30 }, () => ({ ...bundle.claims[0], status: 'approved' }));
    const error = refusal(() => validateBundle(bundle));
    expect(error.message.match(/status/g)).toHaveLength(5);
    expect(error.message).toMatch(/and \d+ more/);
  });

  it('refuses a bundle above the size limit before reading it', () => {
    expect(() => assertBundleSize(MAX_BUNDLE_BYTES)).not.toThrow();
    const error = refusal(() => assertBundleSize(MAX_BUNDLE_BYTES + 1));
    expect(error.code).toBe('too_large');
    expect(error.message).toContain('at most 500 MB');
  });
});
