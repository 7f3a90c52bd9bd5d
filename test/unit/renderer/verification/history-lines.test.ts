import { describe, expect, it } from 'vitest';
import type { HistoryEvent, Rating } from '../../../../core/domain.js';
import { describeHistory, groupByDay, localDay } from '../../../../renderer/verification/history-lines.js';

const FALSE_RATING: Rating = {
  id: 'r-false',
  key: 'false',
  label: 'False',
  color: '#c0392b',
  ordinal: 5,
  ratingValue: 1,
  description: '',
  archived: false,
};

function event(patch: Partial<HistoryEvent>): HistoryEvent {
  return {
    id: Math.random().toString(36),
    at: '2024-03-05T10:15:00.000Z',
    actor: 'Dana Reviewer',
    entity: 'claim',
    entityId: 'c1',
    claimId: 'c1',
    action: 'update',
    field: null,
    oldValue: null,
    newValue: null,
    ...patch,
  };
}

const LINKED = JSON.stringify({ documentId: 'd2', title: 'Kessel Dam Doubles Its Release', start: 4, end: 40, quote: 'The river authority said the dam had released twice its usual volume' });

describe('history lines', () => {
  it('show a linked appearance as its document and quote, never as the stored record', () => {
    const linked = describeHistory(event({ action: 'link', field: 'appearance', newValue: LINKED }), []);
    expect(linked).toMatchObject({
      what: 'Linked an appearance in “Kessel Dam Doubles Its Release”',
      from: null,
      to: 'The river authority said the dam had released twice its usual volume',
    });
    const unlinked = describeHistory(event({ action: 'unlink', field: 'appearance', oldValue: LINKED }), []);
    expect(unlinked).toMatchObject({ what: 'Unlinked the appearance in “Kessel Dam Doubles Its Release”', to: null });
    expect(unlinked.from).toContain('The river authority');
  });

  it('show what a merged bundle replaced, old and new, in the same words as an edit', () => {
    const merged = describeHistory(event({ action: 'merge', field: 'rating', oldValue: null, newValue: 'r-false' }), [FALSE_RATING]);
    expect(merged).toMatchObject({ what: 'Took the verdict from a merged bundle', from: 'No verdict', to: 'False' });
  });

  it('spell out statuses and verdicts instead of their stored keys and IDs', () => {
    const status = describeHistory(event({ field: 'status', oldValue: 'in_review', newValue: 'done' }), [FALSE_RATING]);
    expect(status).toMatchObject({ what: 'Changed the status', from: 'In review', to: 'Done', actor: 'Dana Reviewer' });
    const verdict = describeHistory(event({ field: 'rating', oldValue: null, newValue: 'r-false' }), [FALSE_RATING]);
    expect(verdict).toMatchObject({ what: 'Changed the verdict', from: 'No verdict', to: 'False' });
    const gone = describeHistory(event({ field: 'rating', oldValue: 'r-deleted', newValue: null }), [FALSE_RATING]);
    expect(gone).toMatchObject({ from: 'A rating no longer on the scale', to: 'No verdict' });
  });

  it('show chains, tags and rationale as text', () => {
    expect(describeHistory(event({ field: 'chain', oldValue: null, newValue: 'AFP → Naji Mustafa' }), [])).toMatchObject({
      from: 'No chain',
      to: 'AFP → Naji Mustafa',
    });
    expect(describeHistory(event({ field: 'tags', oldValue: '[]', newValue: '["energy","kharkiv"]' }), [])).toMatchObject({
      from: 'None',
      to: 'energy, kharkiv',
    });
    expect(describeHistory(event({ field: 'rationale', oldValue: '', newValue: 'Grid operator denies it.' }), [])).toMatchObject({
      what: 'Changed the rationale',
      from: 'Empty',
      to: 'Grid operator denies it.',
    });
  });

  it('name the evidence added, removed and edited', () => {
    const added = describeHistory(event({ entity: 'evidence', action: 'create', newValue: 'https://example.org/report' }), []);
    expect(added).toMatchObject({ what: 'Added evidence', to: 'https://example.org/report' });
    const snapshot = JSON.stringify({ kind: 'passage', quote: 'the ministry denied it', url: null, title: '' });
    const removed = describeHistory(event({ entity: 'evidence', action: 'delete', field: 'passage', oldValue: snapshot }), []);
    expect(removed).toMatchObject({ what: 'Removed evidence', from: 'the ministry denied it', to: null });
    const stance = describeHistory(event({ entity: 'evidence', field: 'stance', oldValue: 'context', newValue: 'refuting' }), []);
    expect(stance).toMatchObject({ what: 'Changed the evidence stance', from: 'Context', to: 'Refutes' });
  });

  it('shorten very long values', () => {
    const long = 'x'.repeat(1000);
    const line = describeHistory(event({ action: 'create', newValue: long }), []);
    expect(line.to!.length).toBeLessThan(300);
    expect(line.to!.endsWith('…')).toBe(true);
  });

  it('group lines by the reviewer’s calendar day, keeping newest first', () => {
    const lines = [
      event({ at: new Date(2024, 2, 6, 9, 0).toISOString() }),
      event({ at: new Date(2024, 2, 6, 8, 0).toISOString() }),
      event({ at: new Date(2024, 2, 5, 23, 30).toISOString() }),
    ].map((e) => describeHistory(e, []));
    const days = groupByDay(lines);
    expect(days.map((day) => [day.day, day.lines.length])).toEqual([
      ['2024-03-06', 2],
      ['2024-03-05', 1],
    ]);
    expect(localDay(new Date(2024, 0, 31, 23, 59).toISOString())).toBe('2024-01-31');
  });
});
