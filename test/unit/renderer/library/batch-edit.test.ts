import { describe, expect, it } from 'vitest';

import { documentsMethods } from '../../../../core/api/documents.js';
import { batchPatchOf, changesAnything, describeCurrent, EMPTY_BATCH_DRAFT, savedTitle } from '../../../../renderer/library/batch-edit.js';

const updateMany = documentsMethods['documents.updateMany'].args;
const IDS = ['0b7c6f0e-2f43-4c1b-9d1e-6a3f7f1b2c01', '0b7c6f0e-2f43-4c1b-9d1e-6a3f7f1b2c02'];

describe('the batch edit of selected documents', () => {
  it('sends only the fields being changed or cleared, in a shape the API accepts', () => {
    expect(changesAnything(EMPTY_BATCH_DRAFT)).toBe(false);
    const draft = { outlet: { mode: 'set' as const, value: '  TASS ' }, publishedAt: { mode: 'clear' as const, value: '' } };
    expect(changesAnything(draft)).toBe(true);
    const { patch, errors } = batchPatchOf(draft);
    expect(patch).toEqual({ outlet: 'TASS', publishedAt: null });
    expect(errors).toEqual({});
    expect(updateMany.safeParse({ ids: IDS, patch }).success).toBe(true);
    expect(batchPatchOf({ ...EMPTY_BATCH_DRAFT, publishedAt: { mode: 'set', value: '2019-07-04' } }).patch).toEqual({
      publishedAt: '2019-07-04',
    });
  });

  it('asks for a value when a field is to be changed to nothing', () => {
    const { patch, errors } = batchPatchOf({ ...EMPTY_BATCH_DRAFT, outlet: { mode: 'set', value: '  ' } });
    expect(patch).toEqual({});
    expect(errors.outlet).toMatch(/choose Clear/);
  });

  it('describes what the documents hold now', () => {
    expect(describeCurrent(['TASS', 'TASS', 'TASS'])).toBe('TASS on all 3');
    expect(describeCurrent(['TASS', 'AFP', 'Reuters', 'AFP'])).toBe('AFP, Reuters and TASS');
    expect(describeCurrent(['TASS', null, 'AFP', 'Fars', 'Sputnik'])).toBe('AFP, Fars and 2 others; none on 1');
    expect(describeCurrent([null, ''])).toBe('none on all 2');
    const dates = describeCurrent(['2020-05-10', '2018-03-01', null], { format: (value) => `<${value}>`, asSpan: true });
    expect(dates).toBe('2 dates from <2018-03-01> to <2020-05-10>; none on 1');
  });

  it('confirms what was done', () => {
    expect(savedTitle({ outlet: 'TASS', publishedAt: '2019-07-04' }, 3)).toBe('Outlet and date set on 3 documents');
    expect(savedTitle({ outlet: 'TASS', publishedAt: null }, 2)).toBe('Outlet set and date cleared on 2 documents');
    expect(savedTitle({ publishedAt: null }, 1)).toBe('Date cleared on 1 document');
  });
});
