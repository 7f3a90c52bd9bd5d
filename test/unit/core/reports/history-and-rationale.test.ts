import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../../core/domain.js';
import { describeHistoryEvent, recentHistory } from '../../../../core/reports/history-lines.js';
import { renderLexicalHtml } from '../../../../core/reports/lexical-html.js';
import { reportScale } from '../../../../core/reports/model.js';
import { RATINGS } from './fixture-model.js';

const scale = reportScale(Object.values(RATINGS));

function event(fields: Partial<HistoryEvent>): HistoryEvent {
  return {
    id: 'e',
    at: '2018-10-10T10:00:00Z',
    actor: 'Tom Brandt',
    entity: 'claim',
    entityId: 'c',
    claimId: 'c',
    action: 'update',
    field: null,
    oldValue: null,
    newValue: null,
    ...fields,
  };
}

const LINKED = JSON.stringify({ documentId: 'd2', title: 'Kessel Dam Doubles Its Release', start: 4, end: 40, quote: 'The river authority said the dam had released twice its usual volume' });

describe('history lines', () => {
  it('names the document of a linked or unlinked appearance instead of quoting its stored record', () => {
    expect(describeHistoryEvent(event({ action: 'link', field: 'appearance', newValue: LINKED }), scale)).toBe(
      'Linked an appearance in “Kessel Dam Doubles Its Release”',
    );
    expect(describeHistoryEvent(event({ action: 'unlink', field: 'appearance', oldValue: LINKED }), scale)).toBe(
      'Unlinked the appearance in “Kessel Dam Doubles Its Release”',
    );
    expect(describeHistoryEvent(event({ action: 'link', field: 'appearance', newValue: 'not a record' }), scale)).toBe(
      'Linked an appearance in another document',
    );
  });

  it('says what changed in words, with statuses and verdicts by their labels', () => {
    expect(describeHistoryEvent(event({ field: 'status', oldValue: '"in_review"', newValue: '"done"' }), scale)).toBe('Status: In review → Done');
    expect(describeHistoryEvent(event({ field: 'ratingId', oldValue: RATINGS.mixed.id, newValue: RATINGS.false.id }), scale)).toBe(
      'Verdict: Mixed → False',
    );
    expect(describeHistoryEvent(event({ field: 'claimant', oldValue: 'AFP', newValue: 'NLF spokesman Naji Mustafa' }), scale)).toBe(
      'Claimant: “AFP” → “NLF spokesman Naji Mustafa”',
    );
    expect(describeHistoryEvent(event({ field: 'notesText', oldValue: 'a', newValue: 'b' }), scale)).toBe('Edited the notes');
    expect(describeHistoryEvent(event({ entity: 'hop', action: 'delete' }), scale)).toBe('Removed an attribution hop');
    expect(describeHistoryEvent(event({ action: 'reattach' }), scale)).toBe('Re-attached the claim to the text');
  });

  it('shortens long values instead of quoting them whole', () => {
    const line = describeHistoryEvent(event({ field: 'statement', oldValue: '', newValue: 'x'.repeat(500) }), scale);
    expect(line.length).toBeLessThan(100);
    expect(line.endsWith('…”')).toBe(true);
  });

  it('keeps the most recent events in time order and counts the rest', () => {
    const events = ['05', '01', '04', '02', '06', '03', '07'].map((d) => event({ at: `2018-10-${d}T00:00:00Z`, actor: d }));
    const recent = recentHistory(events, scale, 3);
    expect(recent.lines.map((l) => l.actor)).toEqual(['05', '06', '07']);
    expect(recent.omitted).toBe(4);
  });
});

describe('formatted rationale', () => {
  it('falls back to plain text for anything that is not a readable editor state', () => {
    expect(renderLexicalHtml(null)).toBeNull();
    expect(renderLexicalHtml('not json')).toBeNull();
    expect(renderLexicalHtml('{"root": 5}')).toBeNull();
    expect(renderLexicalHtml(JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [] }] } }))).toBeNull();
  });

  it('refuses an editor state nested deeper than the editor ever writes', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'deep', format: 0 };
    for (let i = 0; i < 100; i += 1) node = { type: 'quote', children: [node] };
    expect(renderLexicalHtml(JSON.stringify({ root: { type: 'root', children: [node] } }))).toBeNull();
  });

  it('turns unknown node types into their escaped text, never into markup', () => {
    const state = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'custom-embed', text: '<iframe src="https://x">' }] }] } };
    expect(renderLexicalHtml(JSON.stringify(state))).toBe('<p dir="auto">&lt;iframe src=&quot;https://x&quot;&gt;</p>');
  });
});

describe('reportScale', () => {
  it('orders the ratings and takes the bounds from the numeric ones', () => {
    const shuffled = [RATINGS.unverifiable, RATINGS.false, RATINGS.true, RATINGS.mixed];
    const result = reportScale(shuffled);
    expect(result.ratings.map((r) => r.key)).toEqual(['true', 'mixed', 'false', 'unverifiable']);
    expect([result.worstRating, result.bestRating]).toEqual([1, 6]);
  });
});
