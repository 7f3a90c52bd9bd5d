import { readFileSync } from 'node:fs';
import path from 'node:path';

import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

import type { HistoryEvent } from '../../../../core/domain.js';
import { codePointOffset, codePointRange } from '../../../../core/reports/code-points.js';
import type { ReportModel } from '../../../../core/reports/model.js';
import {
  renderWebAnnotations,
  renderWebAnnotationsJson,
  type SourceLinkBody,
  type TextPositionSelector,
  type TextQuoteSelector,
  type WebAnnotation,
} from '../../../../core/reports/web-annotations.js';
import { UNNAMED_ACTOR } from '../../../../core/review/assignee.js';
import { buildFixtureModel, DOCUMENTS } from './fixture-model.js';

const schema = JSON.parse(readFileSync(path.join(__dirname, 'schemas/web-annotation.schema.json'), 'utf8')) as object;
// An unknown keyword or format is an error, not a silently skipped check. The type and required
// strictness rules are off because the schema uses the usual JSON Schema idioms they flag
// (`required` inside `not` for "must not have both", type-less `if` branches).
const ajv = new Ajv({ allErrors: true, strictSchema: true, strictTypes: false, strictRequired: false });
addFormats(ajv);
// ajv-formats has no "iri": an absolute IRI (RFC 3987) is a scheme, a colon and no characters
// that IRIs exclude (spaces, <, >, ", {, }, |, \, ^, `).
ajv.addFormat('iri', /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/iu);
const validate = ajv.compile(schema);

function errorsOf(value: unknown): string {
  return validate(value) ? '' : ajv.errorsText(validate.errors);
}

function quoteSelector(a: WebAnnotation): TextQuoteSelector | undefined {
  return a.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

function positionSelector(a: WebAnnotation): TextPositionSelector | undefined {
  return a.target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

describe('renderWebAnnotations', () => {
  const model = buildFixtureModel();
  const collection = renderWebAnnotations(model);
  const items = collection.first?.items ?? [];

  it('is a W3C AnnotationCollection that validates against the Web Annotation data model', () => {
    expect(errorsOf(collection)).toBe('');
    expect(collection.total).toBe(model.claims.length);
    expect(collection.first?.partOf).toBe(collection.id);
    // Every annotation also stands alone.
    for (const item of items) expect(errorsOf(item)).toBe('');
  });

  it('gives one annotation per claim, identified by the claim ID', () => {
    expect(items.map((a) => a.id).sort()).toEqual(model.claims.map((c) => `urn:uuid:${c.id}`).sort());
  });

  it('targets the quote with a TextQuoteSelector and a code-point TextPositionSelector', () => {
    for (const claim of model.claims.filter((c) => !c.orphaned)) {
      const annotation = items.find((a) => a.id === `urn:uuid:${claim.id}`)!;
      const document = model.documents.find((d) => d.id === claim.documentId)!;
      expect(annotation.target.source).toBe(document.url);
      // An empty prefix or suffix (a quote at the very end of the text) is left out, not sent empty.
      expect(quoteSelector(annotation)).toEqual({
        type: 'TextQuoteSelector',
        exact: claim.quote,
        ...(claim.prefix ? { prefix: claim.prefix } : {}),
        ...(claim.suffix ? { suffix: claim.suffix } : {}),
      });
      const position = positionSelector(annotation)!;
      // Counted in code points, the selected characters are exactly the quote.
      expect([...document.text].slice(position.start, position.end).join('')).toBe(claim.quote);
    }
  });

  it('shifts positions after an emoji: the English article opens with 🚨 (two UTF-16 units, one code point)', () => {
    const claim = model.claims.find((c) => c.quote.startsWith('We have not withdrawn'))!;
    const position = positionSelector(items.find((a) => a.id === `urn:uuid:${claim.id}`)!)!;
    expect(position.start).toBe(claim.start! - 1);
    expect(position.end).toBe(claim.end! - 1);
    // The Persian article has no astral characters: both counts agree.
    const persian = model.claims.find((c) => c.documentId === DOCUMENTS.persian.id)!;
    const persianPosition = positionSelector(items.find((a) => a.id === `urn:uuid:${persian.id}`)!)!;
    expect([persianPosition.start, persianPosition.end]).toEqual([persian.start, persian.end]);
  });

  it('gives an orphan the quote selector only, since its position is no longer known', () => {
    const orphan = model.claims.find((c) => c.orphaned)!;
    const annotation = items.find((a) => a.id === `urn:uuid:${orphan.id}`)!;
    expect(annotation.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: orphan.quote, prefix: orphan.prefix, suffix: orphan.suffix },
    ]);
  });

  it('carries the statement, verdict, rationale and tags as bodies with W3C purposes', () => {
    const claim = model.claims.find((c) => c.quote.startsWith('We have not withdrawn'))!;
    const annotation = items.find((a) => a.id === `urn:uuid:${claim.id}`)!;
    expect(annotation.motivation).toBe('assessing');
    expect(annotation.body).toEqual([
      { type: 'TextualBody', value: claim.statement, purpose: 'describing', format: 'text/plain' },
      { type: 'TextualBody', value: 'False', purpose: 'assessing', format: 'text/plain' },
      { type: 'TextualBody', value: claim.rationaleText, purpose: 'commenting', format: 'text/plain' },
      { type: 'TextualBody', value: 'idlib', purpose: 'tagging', format: 'text/plain' },
      { type: 'TextualBody', value: 'buffer zone', purpose: 'tagging', format: 'text/plain' },
      // AFP is the one source of the chain with a Wikidata item.
      { type: 'SpecificResource', purpose: 'linking', source: { id: 'https://www.wikidata.org/wiki/Q40464', label: 'AFP' } },
    ]);
    expect(annotation.created).toBe('2018-10-09T10:00:00.000Z');
    expect(annotation.modified).toBe('2018-10-10T12:01:00.000Z');
    expect(annotation.creator).toEqual({ type: 'Person', name: 'Leila Ahmadi' });
  });

  it('credits the reviewer who made or last changed the claim, and nobody made up', () => {
    const byId = (m: ReportModel, quoteStart: string) => {
      const claim = m.claims.find((c) => c.quote.startsWith(quoteStart))!;
      return renderWebAnnotations(m).first!.items.find((a) => a.id === `urn:uuid:${claim.id}`)!;
    };
    const withHistory = (history: (claimId: string) => HistoryEvent[]) => ({
      ...model,
      claims: model.claims.map((c) => (c.quote.startsWith('We have not withdrawn') ? { ...c, history: history(c.id) } : c)),
    });
    const event = (claimId: string, actor: string, action: string): HistoryEvent => ({
      id: `${claimId.slice(0, -4)}${action === 'create' ? 'aaaa' : 'bbbb'}`,
      at: action === 'create' ? '2018-10-09T10:00:00Z' : '2018-10-10T10:00:00Z',
      actor,
      entity: 'claim',
      entityId: claimId,
      claimId,
      action,
      field: action === 'create' ? null : 'status',
      oldValue: null,
      newValue: null,
    });
    // Made before anyone set a reviewer name, then changed by a named reviewer: the named one.
    const later = withHistory((id) => [event(id, UNNAMED_ACTOR, 'create'), event(id, 'Tom Brandt', 'update')]);
    expect(byId(later, 'We have not withdrawn').creator).toEqual({ type: 'Person', name: 'Tom Brandt' });
    // Nobody named at all: no creator, not the exporting reviewer, not the organisation.
    const nameless = withHistory((id) => [event(id, UNNAMED_ACTOR, 'create'), event(id, ' ', 'update')]);
    expect(byId(nameless, 'We have not withdrawn').creator).toBeUndefined();
    const annotations = renderWebAnnotations(nameless).first!.items;
    expect(annotations.filter((a) => a.creator?.name === UNNAMED_ACTOR)).toEqual([]);
    // Claims with no history at all are credited to nobody either.
    expect(byId(model, 'the withdrawal was').creator).toBeUndefined();
  });

  it('describes an unrated claim without pretending it was assessed', () => {
    const unrated = model.claims.find((c) => !c.rating && c.statement)!;
    const annotation = items.find((a) => a.id === `urn:uuid:${unrated.id}`)!;
    expect(annotation.motivation).toBe('describing');
    expect(annotation.body?.some((b) => b.purpose === 'assessing')).toBe(false);
    const bare = model.claims.find((c) => !c.rating && !c.statement)!;
    expect(items.find((a) => a.id === `urn:uuid:${bare.id}`)!.motivation).toBe('highlighting');
  });

  it('names a document without a URL by its workbench ID', () => {
    const noUrl = { ...model, documents: model.documents.map((d) => ({ ...d, url: null })) };
    const annotation = renderWebAnnotations(noUrl).first!.items[0]!;
    expect(annotation.target.source).toBe(`urn:uuid:${DOCUMENTS.english.id}`);
    expect(errorsOf(annotation)).toBe('');
  });

  it('gives an empty export a collection with no pages, as the model requires', () => {
    const empty = renderWebAnnotations({ ...model, claims: [] });
    expect(empty.total).toBe(0);
    expect(empty.first).toBeUndefined();
    expect(errorsOf(empty)).toBe('');
  });

  it('serialises to JSON-LD text that parses back to the same collection', () => {
    expect(JSON.parse(renderWebAnnotationsJson(model))).toEqual(collection);
  });
});

describe('links to the sources’ Wikidata items', () => {
  const model = buildFixtureModel();
  const TASS_CLAIM = 'the withdrawal was';
  const linksOf = (m: ReportModel, quoteStart: string) => {
    const claim = m.claims.find((c) => c.quote.startsWith(quoteStart))!;
    const annotation = renderWebAnnotations(m).first!.items.find((a) => a.id === `urn:uuid:${claim.id}`)!;
    expect(errorsOf(annotation)).toBe('');
    return (annotation.body ?? []).filter((b): b is SourceLinkBody => b.type === 'SpecificResource');
  };
  const withClaim = (quoteStart: string, change: (c: ReportModel['claims'][number]) => ReportModel['claims'][number]): ReportModel => ({
    ...model,
    claims: model.claims.map((c) => (c.quote.startsWith(quoteStart) ? change(c) : c)),
  });

  it('links each source of the chain that has an item, nearest first, then the claimant, each item once', () => {
    expect(linksOf(model, TASS_CLAIM)).toEqual([
      { type: 'SpecificResource', purpose: 'linking', source: { id: 'https://www.wikidata.org/wiki/Q223799', label: 'TASS' } },
    ]);
    const named = withClaim(TASS_CLAIM, (c) => ({
      ...c,
      claimant: 'Maria Zakharova',
      claimantWikidataId: 'Q4499766',
      hops: c.hops.map((hop) => ({ ...hop, sourceWikidataId: hop.sourceWikidataId ?? 'Q159' })),
    }));
    expect(linksOf(named, TASS_CLAIM).map((b) => [b.source.label, b.source.id])).toEqual([
      ['TASS', 'https://www.wikidata.org/wiki/Q223799'],
      ['Russian officials', 'https://www.wikidata.org/wiki/Q159'],
      ['Maria Zakharova', 'https://www.wikidata.org/wiki/Q4499766'],
    ]);
    // A claimant who is a source of the chain is linked once.
    const tass = withClaim(TASS_CLAIM, (c) => ({ ...c, claimant: 'TASS', claimantWikidataId: 'Q223799' }));
    expect(linksOf(tass, TASS_CLAIM)).toHaveLength(1);
  });

  it('links nothing for sources without an item, or with a malformed one', () => {
    expect(linksOf(model, '-30% fewer')).toEqual([]);
    for (const id of ['Q0', 'q42', 'Q42 x', 'https://evil.example/', 'Q1"}]']) {
      const bad = withClaim(TASS_CLAIM, (c) => ({
        ...c,
        claimantWikidataId: id,
        hops: c.hops.map((hop) => ({ ...hop, sourceWikidataId: id })),
      }));
      expect(linksOf(bad, TASS_CLAIM)).toEqual([]);
    }
  });

  it('keeps a hostile source name a label, and the JSON-LD safe to embed', () => {
    const hostile = '</script><script>alert(1)</script>';
    const bad = withClaim(TASS_CLAIM, (c) => ({ ...c, hops: c.hops.map((hop, i) => (i === 0 ? { ...hop, sourceName: hostile } : hop)) }));
    expect(linksOf(bad, TASS_CLAIM)[0]!.source.label).toBe(hostile);
    const json = renderWebAnnotationsJson(bad);
    expect(json).not.toMatch(/[<>&]/u);
    expect(JSON.parse(json)).toEqual(renderWebAnnotations(bad));
  });
});

describe('the Web Annotation schema', () => {
  const model = buildFixtureModel();
  const good = renderWebAnnotations(model).first!.items[0]!;
  const broken = (change: (a: Record<string, unknown>) => void): unknown => {
    const copy = structuredClone(good) as unknown as Record<string, unknown>;
    change(copy);
    return copy;
  };

  it('rejects annotations that break the data model', () => {
    expect(errorsOf(broken((a) => delete a['@context']))).not.toBe('');
    expect(errorsOf(broken((a) => (a['@context'] = 'https://schema.org')))).not.toBe('');
    expect(errorsOf(broken((a) => delete a.target))).not.toBe('');
    expect(errorsOf(broken((a) => (a.motivation = 'verifying')))).not.toBe('');
    expect(errorsOf(broken((a) => (a.created = '2018-10-09T10:00:00')))).not.toBe('');
    expect(errorsOf(broken((a) => (a.bodyValue = 'both body and bodyValue')))).not.toBe('');
    expect(
      errorsOf(broken((a) => ((a.target as { selector: unknown[] }).selector[1] = { type: 'TextPositionSelector', start: -1, end: 3 }))),
    ).not.toBe('');
    expect(
      errorsOf(broken((a) => ((a.target as { selector: unknown[] }).selector[0] = { type: 'TextQuoteSelector', prefix: 'x' }))),
    ).not.toBe('');
    expect(errorsOf(broken((a) => ((a.body as { purpose: string }[])[0]!.purpose = 'judging')))).not.toBe('');
    expect(errorsOf(broken((a) => (a.id = 'not an iri')))).not.toBe('');
    expect(errorsOf(broken((a) => ((a.target as { source: string }).source = 'relative/path.html')))).not.toBe('');
  });
});

describe('codePointOffset', () => {
  it('counts an astral character as one and everything else as UTF-16 does', () => {
    const text = 'a😀b𝕏c';
    expect(codePointOffset(text, 0)).toBe(0);
    expect(codePointOffset(text, 1)).toBe(1);
    expect(codePointOffset(text, 3)).toBe(2); // after 😀
    expect(codePointOffset(text, 6)).toBe(4); // after 𝕏
    expect(codePointOffset(text, text.length)).toBe([...text].length);
    expect(codePointOffset('شبه‌نظامیان', 5)).toBe(5);
  });

  it('widens a range that starts or ends inside a surrogate pair to the whole character', () => {
    const text = 'a😀b';
    expect(codePointRange(text, 2, 3)).toEqual({ start: 1, end: 2 });
    expect(codePointRange(text, 1, 2)).toEqual({ start: 1, end: 2 });
  });
});
