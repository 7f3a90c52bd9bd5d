import { describe, expect, it } from 'vitest';

import type { SourceKind } from '../../../../core/domain.js';
import { independentOrigins, type OriginAppearance, type OriginSource } from '../../../../core/review/origins.js';

let nextId = 0;
function source(name: string, kind: SourceKind = 'wire_agency', wikidataId: string | null = null): OriginSource {
  nextId += 1;
  return { sourceId: `s${nextId}`, name, kind, wikidataId };
}

let nextDocument = 0;
function appearance(chains: OriginSource[][], outlet: OriginSource | null = null): OriginAppearance {
  nextDocument += 1;
  return {
    documentId: `d${nextDocument}`,
    documentTitle: `Article ${nextDocument}`,
    publishedAt: `2024-05-0${nextDocument % 9 || 1}`,
    outlet,
    claimId: `c${nextDocument}`,
    chains,
  };
}

const tass = source('TASS', 'wire_agency', 'Q130879');
const sputnik = source('Sputnik', 'state_media');
const southFront = source('SouthFront', 'website');
const reuters = source('Reuters');

describe('independent origins of a claim', () => {
  it('counts three outlets relaying one TASS report as one origin, and flags it', () => {
    const result = independentOrigins([
      appearance([[tass]], southFront),
      appearance([[tass]], sputnik),
      appearance([[sputnik, tass]], source('Al Mayadeen', 'broadcaster')),
    ]);
    expect(result.documentCount).toBe(3);
    expect(result.origins.map((o) => o.name)).toEqual(['TASS']);
    expect(result.origins[0]!.documents).toHaveLength(3);
    expect(result.flag).toBe('single-origin');
    // Each document says who passed the claim on, as its text tells it.
    expect(result.origins[0]!.documents.map((d) => d.chain)).toEqual([
      ['SouthFront', 'TASS'],
      ['Sputnik', 'TASS'],
      ['Al Mayadeen', 'Sputnik', 'TASS'],
    ]);
  });

  it('sees two registry entries for one Wikidata item as one outlet', () => {
    const tassAgain = source('Information Telegraph Agency of Russia', 'wire_agency', 'Q130879');
    const result = independentOrigins([appearance([[tass]]), appearance([[tassAgain]])]);
    expect(result.origins).toHaveLength(1);
    expect(result.origins[0]!.sourceIds).toEqual([tass.sourceId]);
    expect(result.flag).toBe('single-origin');
  });

  it('counts two different last hops as two origins, most documents first', () => {
    const result = independentOrigins([appearance([[tass]]), appearance([[reuters]]), appearance([[southFront, reuters]])]);
    expect(result.origins.map((o) => [o.name, o.documents.length])).toEqual([
      ['Reuters', 2],
      ['TASS', 1],
    ]);
    expect(result.flag).toBeNull();
  });

  it('follows a relay one text names and another shows citing further', () => {
    // One article: "Sputnik reported"; another: "Sputnik, citing TASS". Both rest on TASS.
    const result = independentOrigins([appearance([[sputnik]]), appearance([[sputnik, tass]])]);
    expect(result.origins.map((o) => o.name)).toEqual(['TASS']);
    expect(result.flag).toBe('single-origin');
  });

  describe('unnamed sources', () => {
    it('keeps "a source" in two unrelated articles apart', () => {
      const aSource = source('a security source', 'unnamed');
      const result = independentOrigins([appearance([[aSource]]), appearance([[aSource]])]);
      expect(result.origins).toHaveLength(2);
      expect(result.origins.every((o) => o.unnamed)).toBe(true);
      expect(result.flag).toBeNull();
    });

    it('ties an unnamed source reached through the same named source in two articles', () => {
      const ministrySource = source('a source in the ministry', 'unnamed');
      const result = independentOrigins([appearance([[tass, ministrySource]], sputnik), appearance([[tass, ministrySource]], southFront)]);
      expect(result.origins).toHaveLength(1);
      expect(result.origins[0]!.via).toBe('TASS');
      expect(result.flag).toBe('single-unnamed-origin');
    });

    it('keeps unnamed sources reached through different sources apart', () => {
      const ministrySource = source('a source in the ministry', 'unnamed');
      const result = independentOrigins([appearance([[tass, ministrySource]]), appearance([[reuters, ministrySource]])]);
      expect(result.origins.map((o) => o.via).sort()).toEqual(['Reuters', 'TASS']);
    });
  });

  it('takes sources that cite each other in a ring as one origin, named together', () => {
    const result = independentOrigins([appearance([[tass, sputnik]]), appearance([[sputnik, tass]])]);
    expect(result.origins).toHaveLength(1);
    expect(result.origins[0]!.name.split(' ⇄ ').sort()).toEqual(['Sputnik', 'TASS']);
    expect(result.flag).toBe('single-origin');
  });

  it('ends a ring that leads on to a source at that source', () => {
    const result = independentOrigins([appearance([[tass, sputnik]]), appearance([[sputnik, tass]]), appearance([[sputnik, reuters]])]);
    expect(result.origins.map((o) => o.name)).toEqual(['Reuters']);
  });

  describe('claims without chains', () => {
    it('take the outlet’s own reporting as their origin', () => {
      const result = independentOrigins([appearance([], reuters), appearance([[reuters]], southFront)]);
      expect(result.origins).toHaveLength(1);
      expect(result.origins[0]!.ownReporting).toBe(true);
      expect(result.flag).toBe('single-origin');
    });

    it('leave a document with no chain and no known outlet untraced, and never flag what is unknown', () => {
      const result = independentOrigins([appearance([[tass]]), appearance([])]);
      expect(result.origins.map((o) => o.name)).toEqual(['TASS']);
      expect(result.untraced).toHaveLength(1);
      expect(result.flag).toBeNull();
    });

    it('give nothing for a claim nobody traced', () => {
      const result = independentOrigins([appearance([])]);
      expect(result).toMatchObject({ documentCount: 1, origins: [], flag: null });
    });
  });

  it('does not flag a claim carried by one document', () => {
    const result = independentOrigins([appearance([[tass]])]);
    expect(result.origins).toHaveLength(1);
    expect(result.flag).toBeNull();
  });

  it('counts a document once under an origin its two claims both rest on', () => {
    const both: OriginAppearance = { ...appearance([[tass], [sputnik, tass]]), claimId: 'c-headline' };
    const result = independentOrigins([both, appearance([[tass]])]);
    expect(result.documentCount).toBe(2);
    expect(result.origins[0]!.documents).toHaveLength(2);
  });

  it('ignores an outlet that reports its own wire as relaying itself', () => {
    const result = independentOrigins([appearance([[tass]], tass), appearance([[tass]], southFront)]);
    expect(result.origins.map((o) => o.name)).toEqual(['TASS']);
    expect(result.origins[0]!.documents[0]!.chain).toEqual(['TASS']);
  });

  it('handles a long ring without running out of stack', () => {
    const ring = Array.from({ length: 20_000 }, (_, i) => source(`Relay ${i}`, 'website'));
    const result = independentOrigins([appearance([[...ring, ring[0]!]])]);
    expect(result.origins).toHaveLength(1);
  });
});
