import { describe, expect, it } from 'vitest';

import { describeProgress } from '../../../../renderer/export/export-progress.js';

describe('describeProgress', () => {
  it('shows an indeterminate bar until the host has said how much there is', () => {
    expect(describeProgress(null)).toEqual({ percent: null, label: 'Preparing the export…' });
  });

  it('counts claims written out of the total', () => {
    expect(describeProgress({ done: 0, total: 40 })).toEqual({ percent: 0, label: '0 of 40 claims written' });
    expect(describeProgress({ done: 10, total: 40 })).toEqual({ percent: 25, label: '10 of 40 claims written' });
  });

  it('says it is finishing once every claim is written, and never runs past 100 %', () => {
    expect(describeProgress({ done: 40, total: 40 })).toEqual({ percent: 100, label: 'Finishing: 40 claims written' });
    expect(describeProgress({ done: 50, total: 40 }).percent).toBe(100);
    expect(describeProgress({ done: 1, total: 1 }).label).toBe('Finishing: 1 claim written');
  });

  it('does not divide by zero for an export with no claims', () => {
    expect(describeProgress({ done: 0, total: 0 })).toEqual({ percent: null, label: 'Writing the file…' });
  });
});
