// The audit trail in words: the same wording on screen (what, from, to) and in a report's one-line
// sentence.
import { describe, expect, it } from 'vitest';

import type { HistoryEvent, Rating } from '../../../../core/domain.js';
import { describeHistory } from '../../../../core/review/history-lines.js';
import { historyEvent } from '../../../support/history-event.js';

const rating = (key: string, label: string): Rating => ({
  id: `r-${key}`,
  key,
  label,
  color: '#777777',
  ordinal: 1,
  ratingValue: 1,
  description: '',
  archived: false,
});
const FALSE_RATING = rating('false', 'False');
const MIXED_RATING = rating('mixed', 'Mixed');
const RATINGS = [MIXED_RATING, FALSE_RATING];

const event = historyEvent;

const line = (patch: Partial<HistoryEvent>) => describeHistory(event(patch), RATINGS);

const LINKED = JSON.stringify({
  documentId: 'd2',
  title: 'Kessel Dam Doubles Its Release',
  start: 4,
  end: 40,
  quote: 'The river authority said the dam had released twice its usual volume',
});

describe('history lines', () => {
  it('spell out statuses and verdicts instead of their stored keys and IDs', () => {
    const status = line({ field: 'status', oldValue: 'in_review', newValue: 'done' });
    expect(status).toMatchObject({ what: 'Changed the status', from: 'In review', to: 'Done', actor: 'Dana Reviewer' });
    expect(status.sentence).toBe('Changed the status: In review → Done');
    const verdict = line({ field: 'rating', oldValue: MIXED_RATING.id, newValue: FALSE_RATING.id });
    expect(verdict).toMatchObject({ what: 'Changed the verdict', from: 'Mixed', to: 'False' });
    expect(line({ field: 'rating', oldValue: null, newValue: 'false' })).toMatchObject({ from: 'No verdict', to: 'False' });
    expect(line({ field: 'rating', oldValue: 'r-deleted', newValue: null })).toMatchObject({
      from: 'A rating no longer on the scale',
      to: 'No verdict',
    });
  });

  it('show a linked appearance as its document and quote, never as the stored record', () => {
    const linked = line({ action: 'link', field: 'appearance', newValue: LINKED });
    expect(linked).toMatchObject({
      what: 'Linked an appearance in “Kessel Dam Doubles Its Release”',
      from: null,
      to: 'The river authority said the dam had released twice its usual volume',
    });
    const unlinked = line({ action: 'unlink', field: 'appearance', oldValue: LINKED });
    expect(unlinked).toMatchObject({ what: 'Unlinked the appearance in “Kessel Dam Doubles Its Release”', to: null });
    expect(unlinked.from).toContain('The river authority');
    expect(line({ action: 'link', field: 'appearance', newValue: 'not a record' }).what).toBe('Linked an appearance in another document');
  });

  it('show what a merged bundle replaced, old and new, in the same words as an edit', () => {
    const merged = line({ action: 'merge', field: 'rating', oldValue: null, newValue: FALSE_RATING.id });
    expect(merged).toMatchObject({ what: 'Took the verdict from a merged bundle', from: 'No verdict', to: 'False' });
  });

  it('show chains, tags and rationale as text', () => {
    expect(line({ field: 'chain', oldValue: null, newValue: 'AFP → Naji Mustafa' })).toMatchObject({
      from: 'No chain',
      to: 'AFP → Naji Mustafa',
    });
    expect(line({ field: 'tags', oldValue: '[]', newValue: '["energy","kharkiv"]' })).toMatchObject({
      from: 'None',
      to: 'energy, kharkiv',
    });
    expect(line({ field: 'rationale', oldValue: '', newValue: 'Grid operator denies it.' })).toMatchObject({
      what: 'Changed the rationale',
      from: 'Empty',
      to: 'Grid operator denies it.',
    });
  });

  it('name the evidence added, removed and edited', () => {
    const added = line({ entity: 'evidence', action: 'create', newValue: 'https://example.org/report' });
    expect(added).toMatchObject({ what: 'Added evidence', to: 'https://example.org/report' });
    const snapshot = JSON.stringify({ kind: 'passage', quote: 'the ministry denied it', url: null, title: '' });
    const removed = line({ entity: 'evidence', action: 'delete', field: 'passage', oldValue: snapshot });
    expect(removed).toMatchObject({ what: 'Removed evidence', from: 'the ministry denied it', to: null });
    const stance = line({ entity: 'evidence', field: 'stance', oldValue: 'context', newValue: 'refuting' });
    expect(stance).toMatchObject({ what: 'Changed the evidence stance', from: 'Context', to: 'Refutes' });
  });

  it('name what was created or removed by what kind of record it is', () => {
    expect(line({ action: 'create', newValue: 'the convoy turned back' }).what).toBe('Created the claim');
    expect(line({ entity: 'source', action: 'create', newValue: 'Arab sources' }).what).toBe('Added a source');
    expect(line({ entity: 'document', action: 'import', newValue: 'Convoy Struck' }).what).toBe('Imported the document');
    expect(line({ entity: 'hop', action: 'delete' }).what).toBe('Removed an attribution hop');
    expect(line({ action: 'reattach' }).what).toBe('Re-attached the claim to the text');
  });

  it('shorten very long values on screen', () => {
    const long = line({ action: 'create', newValue: 'x'.repeat(1000) });
    expect(long.to!.length).toBeLessThan(300);
    expect(long.to!.endsWith('…')).toBe(true);
  });

  describe('as one sentence for a report', () => {
    it('quotes words from the workbench and leaves our own words bare', () => {
      expect(line({ field: 'claimant', oldValue: 'AFP', newValue: 'NLF spokesman Naji Mustafa' }).sentence).toBe(
        'Changed the claimant: “AFP” → “NLF spokesman Naji Mustafa”',
      );
      expect(line({ field: 'chain', oldValue: null, newValue: 'AFP → Naji Mustafa' }).sentence).toBe(
        'Changed the attribution chain: No chain → “AFP → Naji Mustafa”',
      );
      expect(line({ field: 'assignee', oldValue: null, newValue: 'Omid Karimi' }).sentence).toBe(
        'Changed the assigned reviewer: none → “Omid Karimi”',
      );
      expect(line({ entity: 'evidence', action: 'create', newValue: 'Satellite imagery, 8 October' }).sentence).toBe(
        'Added evidence: “Satellite imagery, 8 October”',
      );
    });

    it('leaves the rationale and notes out: the report prints them in full', () => {
      expect(line({ field: 'rationale', oldValue: '', newValue: 'Grid operator denies it.' }).sentence).toBe('Changed the rationale');
      expect(line({ field: 'notesJson', oldValue: null, newValue: '{"root":{}}' }).sentence).toBe('Changed the notes');
    });

    it('shortens long values instead of quoting them whole', () => {
      const sentence = line({ field: 'statement', oldValue: '', newValue: 'x'.repeat(500) }).sentence;
      expect(sentence.length).toBeLessThan(100);
      expect(sentence.endsWith('…”')).toBe(true);
    });
  });
});
