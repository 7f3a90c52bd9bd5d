import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Claim, ClaimInContext, DocumentDetail, Source } from '../../../../core/domain.js';
import { readStoredChain } from '../../../../core/review/history-snapshots.js';
import { SEED_SOURCES } from '../../../../core/sources/seed-registry.js';
import { IDLIB_ARTICLE, spanOf } from '../support/articles.js';
import { claimHistory, openServiceHarness, type ServiceHarness } from '../support/service-harness.js';

const AFP = SEED_SOURCES.find((source) => source.name === 'AFP')!.id;
const FARS = SEED_SOURCES.find((source) => source.name === 'Fars')!.id;

let h: ServiceHarness;
let documentId: string;
let text: string;

beforeEach(async () => {
  h = openServiceHarness();
  documentId = await h.importText(IDLIB_ARTICLE);
  text = (await h.call<DocumentDetail>('documents.get', { id: documentId })).text;
});

afterEach(() => h.close());

const NLF_CLAIM = 'The National Liberation Front rejected the demilitarised zone agreement on Monday';
const FARS_CLAIM = 'The US military evacuated several ISIL commanders from Deir ez-Zor in recent weeks';

function afpToSpokesman() {
  return [
    { sourceId: AFP, kind: 'paraphrase', cue: spanOf(text, 'quoted') },
    { newSource: { name: 'NLF spokesman Naji Mustafa', kind: 'person' }, kind: 'paraphrase' },
  ];
}

describe('claims.create', () => {
  it('anchors the span in the stored text and defaults the statement to the quote', async () => {
    const span = spanOf(text, `\n${NLF_CLAIM}`);
    const claim = await h.call<Claim>('claims.create', { documentId, ...span });
    expect(claim.quote).toBe(`\n${NLF_CLAIM}`);
    expect(claim.statement).toBe(NLF_CLAIM);
    expect(claim.prefix).toBe(text.slice(span.start - 32, span.start));
    expect(claim.suffix).toBe(text.slice(span.end, span.end + 32));
    expect(claim).toMatchObject({ start: span.start, end: span.end, orphaned: false, claimant: '', kind: 'factual' });
    expect(claim).toMatchObject({ origin: 'manual', status: 'unreviewed', hops: [], chainFlag: 'unknown', tags: [] });
    expect(h.events).toContainEqual({ type: 'claims.changed', documentId, ids: [claim.id] });
    expect(claimHistory(h.workbench, claim.id)).toEqual([{ action: 'create', field: null, oldValue: null, newValue: `\n${NLF_CLAIM}` }]);
  });

  it('creates the chain with it, adding new sources to the registry', async () => {
    const claim = await h.call<Claim>('claims.create', {
      documentId,
      ...spanOf(text, NLF_CLAIM),
      claimant: '  Naji Mustafa ',
      kind: 'quote',
      hops: afpToSpokesman(),
    });
    expect(claim.claimant).toBe('Naji Mustafa');
    expect(claim.kind).toBe('quote');
    expect(claim.hops.map((hop) => [hop.ordinal, hop.sourceName, hop.sourceKind, hop.kind])).toEqual([
      [0, 'AFP', 'wire_agency', 'paraphrase'],
      [1, 'NLF spokesman Naji Mustafa', 'person', 'paraphrase'],
    ]);
    expect(claim.hops[0]!.cue).toEqual({ ...spanOf(text, 'quoted'), text: 'quoted' });
    expect(claim.chainFlag).toBeNull();
    const registry = await h.call<Source[]>('sources.list', { query: 'Naji' });
    expect(registry).toHaveLength(1);
    expect(registry[0]).toMatchObject({ kind: 'person', claimCount: 1 });
    expect(h.events).toContainEqual({ type: 'sources.changed' });
    expect(readStoredChain(claimHistory(h.workbench, claim.id).find((row) => row.field === 'chain')!.newValue).text).toBe(
      'AFP → NLF spokesman Naji Mustafa',
    );
  });

  it('refuses spans that do not fit the text, with a reason', async () => {
    const emoji = text.indexOf('🇹🇷');
    const cases: [unknown, string, RegExp][] = [
      [{ documentId, start: 10, end: text.length + 1 }, 'invalid_arguments', /outside the document text/],
      [{ documentId, start: emoji + 1, end: emoji + 6 }, 'invalid_arguments', /cuts a character in half/],
      [{ documentId, start: 5, end: 5 }, 'invalid_arguments', /cover some text/],
      [{ documentId: '00000000-0000-4000-8000-000000000000', start: 0, end: 4 }, 'not_found', /no document/],
      [{ documentId, start: 0, end: 4, hops: [{ kind: 'quote' }] }, 'invalid_arguments', /sourceId or newSource/],
      [
        { documentId, start: 0, end: 4, hops: [{ newSource: { name: '  ', kind: 'person' }, kind: 'quote' }] },
        'invalid_arguments',
        /needs a name/,
      ],
      [
        { documentId, start: 0, end: 4, hops: [{ sourceId: '00000000-0000-4000-8000-000000000000', kind: 'quote' }] },
        'not_found',
        /no source/,
      ],
      [
        { documentId, start: 0, end: 4, hops: [{ sourceId: AFP, kind: 'quote', cue: { start: 1, end: text.length + 3 } }] },
        'invalid_arguments',
        /cue of hop 1/,
      ],
    ];
    for (const [args, code, message] of cases) {
      const error = await h.failure('claims.create', args);
      expect(error.code, JSON.stringify(args)).toBe(code);
      expect(error.message).toMatch(message);
    }
    // A chain that fails half-way leaves neither a claim nor the sources created before the failure.
    await h.failure('claims.create', {
      documentId,
      ...spanOf(text, NLF_CLAIM),
      hops: [
        { newSource: { name: 'Idlib resident', kind: 'person' }, kind: 'quote' },
        { sourceId: AFP, kind: 'quote', cue: { start: 0, end: 99_999 } },
      ],
    });
    expect(await h.call('claims.list', { documentId })).toEqual([]);
    expect(await h.call('sources.list', { query: 'Idlib resident' })).toEqual([]);
  });

  it('re-creates a deleted claim under its own ID but refuses to overwrite a live one', async () => {
    const first = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, NLF_CLAIM) });
    const conflict = await h.failure('claims.create', { documentId, ...spanOf(text, FARS_CLAIM), id: first.id });
    expect(conflict.code).toBe('conflict');
    await h.call('claims.delete', { id: first.id });
    const again = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, FARS_CLAIM), id: first.id });
    expect(again.id).toBe(first.id);
    expect(again.quote).toBe(FARS_CLAIM);
    expect((await h.call<Claim[]>('claims.list', { documentId })).map((claim) => claim.id)).toEqual([first.id]);
  });
});

describe('claims.list and claims.get', () => {
  it('lists claims in text order with orphans last, and gives one claim in context', async () => {
    const later = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, FARS_CLAIM) });
    const earlier = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, NLF_CLAIM) });
    const orphan = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, 'Militants refuse') });
    h.workbench.db.prepare('UPDATE claims SET orphaned = 1, start_offset = NULL, end_offset = NULL WHERE id = ?').run(orphan.id);
    const listed = await h.call<Claim[]>('claims.list', { documentId });
    expect(listed.map((claim) => claim.id)).toEqual([earlier.id, later.id, orphan.id]);
    expect(listed[2]).toMatchObject({ orphaned: true, start: null, end: null, quote: 'Militants refuse' });

    const inContext = await h.call<ClaimInContext>('claims.get', { id: earlier.id });
    expect(inContext).toMatchObject({ id: earlier.id, documentTitle: 'Militants refuse to hand over weapons in Idlib' });
    expect((await h.failure('claims.get', { id: '00000000-0000-4000-8000-000000000000' })).code).toBe('not_found');
    expect((await h.failure('claims.list', { documentId: '00000000-0000-4000-8000-000000000000' })).code).toBe('not_found');
  });

  it('flags chains that end in an unnamed source or have no hops', async () => {
    const unnamed = await h.call<Claim>('claims.create', {
      documentId,
      ...spanOf(text, FARS_CLAIM),
      hops: [
        { sourceId: FARS, kind: 'paraphrase', cue: spanOf(text, 'reported') },
        { newSource: { name: 'Arab sources', kind: 'unnamed' }, kind: 'citing' },
      ],
    });
    const named = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, NLF_CLAIM), hops: afpToSpokesman() });
    const bare = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, 'Turkey will keep') });
    const flags = Object.fromEntries((await h.call<Claim[]>('claims.list', { documentId })).map((c) => [c.id, c.chainFlag]));
    expect(flags).toEqual({ [unnamed.id]: 'unnamed', [named.id]: null, [bare.id]: 'unknown' });
  });
});

describe('claims.update', () => {
  it('records every changed field with its old and new value, and nothing for unchanged ones', async () => {
    const claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, NLF_CLAIM) });
    const updated = await h.call<Claim>('claims.update', {
      id: claim.id,
      patch: { statement: 'The NLF rejected the zone deal', claimant: 'Naji Mustafa', checkworthiness: 3, kind: claim.kind },
    });
    expect(updated).toMatchObject({ statement: 'The NLF rejected the zone deal', claimant: 'Naji Mustafa', checkworthiness: 3 });
    const rows = claimHistory(h.workbench, claim.id).filter((row) => row.action === 'update');
    expect(rows).toEqual([
      { action: 'update', field: 'statement', oldValue: NLF_CLAIM, newValue: 'The NLF rejected the zone deal' },
      { action: 'update', field: 'claimant', oldValue: '', newValue: 'Naji Mustafa' },
      { action: 'update', field: 'checkworthiness', oldValue: null, newValue: '3' },
    ]);
    await h.call('claims.update', { id: claim.id, patch: { claimant: 'Naji Mustafa' } });
    expect(claimHistory(h.workbench, claim.id).filter((row) => row.action === 'update')).toHaveLength(3);
  });

  it('shares tags between claims whatever their case', async () => {
    const first = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, NLF_CLAIM) });
    const second = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, FARS_CLAIM) });
    await h.call('claims.update', { id: first.id, patch: { tags: ['Idlib', 'ceasefire'] } });
    const tagged = await h.call<Claim>('claims.update', { id: second.id, patch: { tags: ['idlib', 'IDLIB', 'US military'] } });
    expect(tagged.tags).toEqual(['Idlib', 'US military']);
    const names = h.workbench.db.prepare('SELECT name FROM tags ORDER BY name').all();
    expect(names).toEqual([{ name: 'ceasefire' }, { name: 'Idlib' }, { name: 'US military' }]);
    const row = claimHistory(h.workbench, second.id).find((entry) => entry.field === 'tags');
    expect(row).toMatchObject({ oldValue: '[]', newValue: '["Idlib","US military"]' });
  });

  it('refuses notes that are not valid JSON and unknown claims', async () => {
    const claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, NLF_CLAIM) });
    expect((await h.failure('claims.update', { id: claim.id, patch: { notesJson: '{not json' } })).code).toBe('invalid_arguments');
    expect((await h.failure('claims.update', { id: claim.id, patch: { status: 'done' } })).code).toBe('invalid_arguments');
    expect((await h.failure('claims.update', { id: '00000000-0000-4000-8000-000000000000', patch: {} })).code).toBe('not_found');
  });
});

describe('claims.delete and claims.restore', () => {
  it('moves a claim to the bin and brings it back with its chain, recording both', async () => {
    const claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, NLF_CLAIM), hops: afpToSpokesman() });
    expect(await h.call('claims.delete', { id: claim.id })).toEqual({ id: claim.id });
    expect(await h.call('claims.list', { documentId })).toEqual([]);
    expect((await h.failure('claims.get', { id: claim.id })).code).toBe('not_found');
    expect((await h.failure('claims.delete', { id: claim.id })).code).toBe('not_found');
    const afp = await h.call<Source>('sources.get', { id: AFP });
    expect(afp.claimCount).toBe(0);

    const restored = await h.call<Claim>('claims.restore', { id: claim.id });
    expect(restored.hops.map((hop) => hop.sourceName)).toEqual(['AFP', 'NLF spokesman Naji Mustafa']);
    expect((await h.call<Claim[]>('claims.list', { documentId })).map((c) => c.id)).toEqual([claim.id]);
    const actions = claimHistory(h.workbench, claim.id).map((row) => row.action);
    expect(actions).toEqual(['create', 'update', 'delete', 'restore']);
  });

  it('will not restore a claim whose document is in the bin', async () => {
    const claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, NLF_CLAIM) });
    await h.call('claims.delete', { id: claim.id });
    await h.call('documents.delete', { id: documentId });
    const error = await h.failure('claims.restore', { id: claim.id });
    expect(error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/restore the document first/) });
  });
});

describe('claims.reattach', () => {
  it('gives an orphan a new anchor from the stored text', async () => {
    const claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, NLF_CLAIM) });
    h.workbench.db.prepare('UPDATE claims SET orphaned = 1, start_offset = NULL, end_offset = NULL WHERE id = ?').run(claim.id);
    const span = spanOf(text, 'rejected the demilitarised zone agreement');
    const reattached = await h.call<Claim>('claims.reattach', { id: claim.id, span });
    expect(reattached).toMatchObject({ orphaned: false, ...span, quote: 'rejected the demilitarised zone agreement' });
    expect(reattached.statement).toBe(NLF_CLAIM);
    const row = claimHistory(h.workbench, claim.id).find((entry) => entry.action === 'reattach');
    expect(JSON.parse(row!.newValue!)).toEqual({ ...span, quote: 'rejected the demilitarised zone agreement' });
    expect(JSON.parse(row!.oldValue!)).toMatchObject({ start: null, end: null });
    const error = await h.failure('claims.reattach', { id: claim.id, span: { start: 3, end: text.length + 10 } });
    expect(error.code).toBe('invalid_arguments');
  });
});

describe('claims.setChain', () => {
  it('replaces the chain and records old and new, named as a person reads them', async () => {
    const claim = await h.call<Claim>('claims.create', {
      documentId,
      ...spanOf(text, NLF_CLAIM),
      hops: [{ sourceId: FARS, kind: 'citing' }],
    });
    const changed = await h.call<Claim>('claims.setChain', { id: claim.id, hops: afpToSpokesman() });
    expect(changed.hops.map((hop) => hop.sourceName)).toEqual(['AFP', 'NLF spokesman Naji Mustafa']);
    const row = claimHistory(h.workbench, claim.id)
      .filter((entry) => entry.field === 'chain')
      .at(-1);
    expect([readStoredChain(row!.oldValue).text, readStoredChain(row!.newValue).text]).toEqual([
      'Fars',
      'AFP → NLF spokesman Naji Mustafa',
    ]);

    // Naming the new source again reuses it rather than adding a second "NLF spokesman".
    await h.call('claims.setChain', { id: claim.id, hops: afpToSpokesman() });
    expect(await h.call<Source[]>('sources.list', { query: 'nlf spokesman' })).toHaveLength(1);

    const cleared = await h.call<Claim>('claims.setChain', { id: claim.id, hops: [] });
    expect(cleared).toMatchObject({ hops: [], chainFlag: 'unknown' });
    const clearedRow = claimHistory(h.workbench, claim.id)
      .filter((entry) => entry.field === 'chain')
      .at(-1)!;
    expect(readStoredChain(clearedRow.oldValue).text).toBe('AFP → NLF spokesman Naji Mustafa');
    expect(clearedRow.newValue).toBeNull();
  });

  it('leaves the old chain in place when the new one is refused', async () => {
    const claim = await h.call<Claim>('claims.create', {
      documentId,
      ...spanOf(text, NLF_CLAIM),
      hops: [{ sourceId: FARS, kind: 'citing' }],
    });
    const error = await h.failure('claims.setChain', {
      id: claim.id,
      hops: [
        { sourceId: AFP, kind: 'quote' },
        { sourceId: AFP, kind: 'quote', cue: { start: text.length, end: text.length + 2 } },
      ],
    });
    expect(error.code).toBe('invalid_arguments');
    expect((await h.call<Claim>('claims.get', { id: claim.id })).hops.map((hop) => hop.sourceName)).toEqual(['Fars']);
    expect((await h.failure('claims.setChain', { id: claim.id, hops: [{ kind: 'quote' }] })).code).toBe('invalid_arguments');
  });
});

describe('claims.search', () => {
  it('finds live claims by quote, statement and claimant, folding case and diacritics', async () => {
    const nlf = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, NLF_CLAIM) });
    const fars = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, FARS_CLAIM) });
    await h.call('claims.update', { id: nlf.id, patch: { claimant: 'Nājī Muṣṭafā' } });
    const byClaimant = await h.call<ClaimInContext[]>('claims.search', { query: 'naji mustafa' });
    expect(byClaimant.map((claim) => claim.id)).toEqual([nlf.id]);
    expect(byClaimant[0]!.documentTitle).toBe('Militants refuse to hand over weapons in Idlib');
    expect((await h.call<ClaimInContext[]>('claims.search', { query: 'ISIL commanders' })).map((c) => c.id)).toEqual([fars.id]);
    // Operators typed by accident are plain words, not syntax errors.
    expect(await h.call('claims.search', { query: 'ISIL AND NOT "' })).toEqual([]);
    await h.call('claims.delete', { id: fars.id });
    expect(await h.call('claims.search', { query: 'ISIL' })).toEqual([]);
  });
});
