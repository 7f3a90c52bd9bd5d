import { afterAll, describe, expect, it } from 'vitest';

import { createDispatch } from '../../../../core/api/dispatch.js';
import { ApiError, type Handlers } from '../../../../core/api/index.js';
import { createService } from '../../../../db/service.js';
import { openWorkbench } from '../../../../db/workbench.js';
import { makeTempDir } from '../../../support/temp-dir.js';

const temp = makeTempDir();
const workbench = openWorkbench(temp.file('dispatch.claimtrace'), { create: true });
const handlers = createService(workbench);
const dispatch = createDispatch(handlers);

afterAll(() => {
  workbench.close();
  temp.remove();
});

function withHandler<M extends keyof Handlers>(method: M, handler: Handlers[M]) {
  const errors: unknown[] = [];
  const run = createDispatch({ ...handlers, [method]: handler }, { onInternalError: (_m, e) => errors.push(e) });
  return { run, errors };
}

describe('the handler wrapper', () => {
  it('runs a valid call and wraps the value', async () => {
    const result = await dispatch('documents.list', {});
    expect(result).toEqual({ ok: true, value: { items: [], total: 0 } });
  });

  it('treats missing arguments as an empty object and applies defaults', async () => {
    const result = await dispatch('settings.get', undefined);
    expect(result.ok).toBe(true);
  });

  it('names an unknown method', async () => {
    const result = await dispatch('claims.teleport', {});
    expect(result).toEqual({ ok: false, error: { code: 'unknown_method', message: expect.stringContaining('claims.teleport') } });
  });

  it('does not treat inherited object keys as methods', async () => {
    expect((await dispatch('toString', {})).ok).toBe(false);
    expect((await dispatch('__proto__', {})).ok).toBe(false);
  });

  it('rejects arguments of the wrong type, naming the field', async () => {
    const result = await dispatch('documents.list', { offset: -3 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_arguments');
      expect(result.error.message).toContain('offset');
    }
  });

  it('rejects unexpected fields instead of ignoring them', async () => {
    const result = await dispatch('workbench.info', { path: '/etc/passwd' });
    expect(result.ok).toBe(false);
  });

  it('rejects arguments that are not an object', async () => {
    for (const bad of ['text', 42, [1, 2], null]) {
      const result = await dispatch('documents.list', bad);
      if (bad === null) expect(result.ok).toBe(true);
      else expect(result.ok).toBe(false);
    }
  });

  it('keeps the code of an ApiError thrown by a handler', async () => {
    const { run } = withHandler('workbench.info', () => {
      throw new ApiError('not_found', 'No such document.');
    });
    expect(await run('workbench.info', {})).toEqual({ ok: false, error: { code: 'not_found', message: 'No such document.' } });
  });

  it('turns an unexpected exception into an internal error without a stack', async () => {
    const { run, errors } = withHandler('workbench.info', () => {
      throw new Error('database is locked\n    at Statement.run (node_modules/better-sqlite3/lib/methods.js:1:1)');
    });
    const result = await run('workbench.info', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.stringContaining('database is locked') } });
    if (!result.ok) expect(result.error.message).not.toContain('better-sqlite3');
    expect(errors).toHaveLength(1);
  });

  it('survives a rejected promise and a thrown non-error', async () => {
    const rejected = withHandler('workbench.info', async () => Promise.reject(new Error('late failure')));
    expect((await rejected.run('workbench.info', {})).ok).toBe(false);
    const odd = withHandler('workbench.info', () => {
      throw 'just a string';
    });
    expect(await odd.run('workbench.info', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
