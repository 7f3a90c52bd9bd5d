import { describe, expect, it } from 'vitest';

import { newerVersion } from '../../../db/workbench-open-error.js';
import { openFailureMessage } from '../../../electron/open-failure.js';

describe('the message shown when a workbench cannot be opened', () => {
  it('is the workbench layer’s own sentence when it refused the file', () => {
    const error = newerVersion('/cases/idlib.claimtrace', 9, 3);
    expect(openFailureMessage('/cases/idlib.claimtrace', error)).toBe(error.message);
  });

  it('names the file and gives only the first line of anything unexpected', () => {
    const message = openFailureMessage('/cases/idlib.claimtrace', new Error('disk I/O error\n    at Database.prepare (x.js:1:1)'));
    expect(message).toBe('Claimtrace could not open "/cases/idlib.claimtrace": disk I/O error');
  });
});
