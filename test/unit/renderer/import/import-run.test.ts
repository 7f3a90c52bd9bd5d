import { describe, expect, it } from 'vitest';

import type { ImportOutcome } from '../../../../core/domain.js';
import {
  addFiles,
  beginFile,
  finishRun,
  isActive,
  recordFailure,
  recordOutcome,
  requestCancel,
  runFraction,
  startRun,
  summaryCounts,
  summaryHeadline,
} from '../../../../renderer/import/import-run.js';

function imported(file: string, id: string, title: string): ImportOutcome {
  return {
    status: 'imported',
    file,
    document: {
      id,
      file,
      title,
      outlet: null,
      author: null,
      publishedAt: null,
      language: 'en',
      direction: 'ltr',
      articleStart: null,
      commentsStart: null,
      length: 100,
    },
  };
}

describe('an import run', () => {
  it('counts each outcome and reports progress through the queue', () => {
    let run = addFiles(startRun(), 4, 2);
    run = beginFile(run, 'a.txt');
    expect(run.current).toBe('a.txt');
    run = recordOutcome(run, 'a.txt', imported('a.txt', 'id-a', 'Alpha'));
    run = recordOutcome(run, 'b.txt', { status: 'duplicate', file: 'b.txt', existingId: 'id-x', title: 'Existing' });
    run = recordFailure(run, 'c.pdf', 'c.pdf is not a readable PDF.');
    expect(run.current).toBeNull();
    expect(runFraction(run)).toBe(0.75);
    expect(isActive(run)).toBe(true);
    run = recordOutcome(run, 'd.txt', imported('d.txt', 'id-d', 'Delta'));
    run = finishRun(run);
    expect(run.state).toBe('finished');
    expect(run.imported.map((file) => file.title)).toEqual(['Alpha', 'Delta']);
    expect(run.duplicates).toEqual([{ file: 'b.txt', existingId: 'id-x', title: 'Existing' }]);
    expect(run.failed).toEqual([{ file: 'c.pdf', reason: 'c.pdf is not a readable PDF.' }]);
    expect(run.skipped).toBe(2);
    expect(summaryHeadline(run)).toBe('Import finished with problems');
    expect(summaryCounts(run)).toEqual(['2 imported', '1 duplicate skipped', '1 failed']);
  });

  it('grows when more files arrive while it runs', () => {
    let run = addFiles(startRun(), 2);
    run = recordOutcome(run, 'a.txt', imported('a.txt', 'a', 'A'));
    run = addFiles(run, 3);
    expect(run.total).toBe(5);
    expect(runFraction(run)).toBeCloseTo(0.2);
  });

  it('stops after the file in hand when cancelled, counting what was never sent', () => {
    let run = addFiles(startRun(), 10);
    run = recordOutcome(run, 'a.txt', imported('a.txt', 'a', 'A'));
    run = requestCancel(beginFile(run, 'b.txt'));
    expect(run.state).toBe('cancelling');
    expect(isActive(run)).toBe(true);
    run = finishRun(recordOutcome(run, 'b.txt', imported('b.txt', 'b', 'B')));
    expect(run.state).toBe('cancelled');
    expect(run.notAttempted).toBe(8);
    expect(summaryHeadline(run)).toBe('Import cancelled');
    expect(summaryCounts(run)).toEqual(['2 imported', '8 not imported']);
  });

  it('says so when every file was already in the workbench, or every file failed', () => {
    const duplicates = finishRun(
      recordOutcome(addFiles(startRun(), 1), 'a.txt', { status: 'duplicate', file: 'a.txt', existingId: 'x', title: 'A' }),
    );
    expect(summaryHeadline(duplicates)).toBe('Nothing new to import');
    expect(summaryCounts(duplicates)).toEqual(['0 imported', '1 duplicate skipped']);
    const failures = finishRun(recordFailure(addFiles(startRun(), 1), 'x.pdf', 'Broken.'));
    expect(summaryHeadline(failures)).toBe('Import failed');
  });

  it('says when a folder held nothing to import', () => {
    const run = finishRun(addFiles(startRun(), 0, 3));
    expect(run.state).toBe('finished');
    expect(summaryHeadline(run)).toBe('No documents found');
    expect(run.skipped).toBe(3);
  });
});
