import { describe, expect, it } from 'vitest';

import { relativeDate } from '../../../../renderer/claims/relative-date.js';
import { formatDate } from '../../../../renderer/format.js';

describe('when a suggestion was rejected', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');
  const ago = (ms: number) => new Date(now - ms).toISOString();

  it('reads as just now within the minute, and when another machine’s clock runs ahead', () => {
    expect(relativeDate(ago(20_000), now)).toBe('just now');
    expect(relativeDate(ago(-90_000), now)).toBe('just now');
  });

  it('counts minutes, hours and days for the last week', () => {
    expect(relativeDate(ago(5 * 60_000), now)).toMatch(/5 minutes ago/);
    expect(relativeDate(ago(3 * 3_600_000), now)).toMatch(/3 hours ago/);
    expect(relativeDate(ago(26 * 3_600_000), now)).toMatch(/yesterday/);
    expect(relativeDate(ago(4 * 86_400_000), now)).toMatch(/4 days ago/);
  });

  it('gives the short date after a week, and unreadable text as it is', () => {
    expect(relativeDate('2026-01-02T09:00:00Z', now)).toBe(formatDate('2026-01-02T09:00:00Z'));
    expect(relativeDate('not a date', now)).toBe('not a date');
  });
});
