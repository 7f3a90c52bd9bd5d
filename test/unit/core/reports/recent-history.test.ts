import { describe, expect, it } from 'vitest';

import type { HistoryEvent } from '../../../../core/domain.js';
import { reportScale } from '../../../../core/reports/model.js';
import { recentHistory } from '../../../../core/reports/recent-history.js';
import { RATINGS } from './fixture-model.js';

const scale = reportScale(Object.values(RATINGS));

function event(at: string, actor: string, fields: Partial<HistoryEvent> = {}): HistoryEvent {
  return {
    id: at,
    at,
    actor,
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

describe('recent history in a report', () => {
  it('keeps the most recent events in time order and counts the rest', () => {
    const events = ['05', '01', '04', '02', '06', '03', '07'].map((d) => event(`2018-10-${d}T00:00:00Z`, d));
    const recent = recentHistory(events, scale, 3);
    expect(recent.lines.map((l) => l.actor)).toEqual(['05', '06', '07']);
    expect(recent.omitted).toBe(4);
  });

  it('names verdicts from the report’s scale', () => {
    const recent = recentHistory(
      [event('2018-10-10T12:00:00Z', 'Tom Brandt', { field: 'rating', oldValue: RATINGS.mixed.id, newValue: RATINGS.false.id })],
      scale,
    );
    expect(recent.lines.map((l) => l.sentence)).toEqual(['Changed the verdict: Mixed → False']);
  });
});
