import { describe, expect, it } from 'vitest';

import type { HistoryEvent } from '../../../../core/domain.js';
import { describeHistory } from '../../../../core/review/history-lines.js';
import { groupByDay, localDay } from '../../../../renderer/verification/history-days.js';
import { historyEvent } from '../../../support/history-event.js';

const event = (at: string): HistoryEvent => historyEvent({ id: at, at });

describe('history days', () => {
  it('group lines by the reviewer’s calendar day, keeping newest first', () => {
    const lines = [new Date(2024, 2, 6, 9, 0), new Date(2024, 2, 6, 8, 0), new Date(2024, 2, 5, 23, 30)].map((at) =>
      describeHistory(event(at.toISOString()), []),
    );
    const days = groupByDay(lines);
    expect(days.map((day) => [day.day, day.lines.length])).toEqual([
      ['2024-03-06', 2],
      ['2024-03-05', 1],
    ]);
    expect(localDay(new Date(2024, 0, 31, 23, 59).toISOString())).toBe('2024-01-31');
  });
});
