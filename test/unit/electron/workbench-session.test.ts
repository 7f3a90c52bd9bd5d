import { describe, expect, it } from 'vitest';

import type { AppEvent, Handlers } from '../../../core/api/index.js';
import type { WorkbenchInfo } from '../../../core/domain.js';
import { notAWorkbench } from '../../../db/workbench-open-error.js';
import { createWorkbenchSession, type OpenWorkbench } from '../../../electron/workbench-session.js';

interface FakeWorkbench extends OpenWorkbench {
  closed: boolean;
}

function info(file: string): WorkbenchInfo {
  const name = file.replace(/^.*\//, '').replace(/\.claimtrace$/, '');
  return {
    id: `id-${name}`,
    name,
    path: file,
    schemaVersion: 1,
    createdAt: '2025-01-01T00:00:00.000Z',
    counts: { documents: name.length, claims: 0, sources: 0, evidence: 0 },
    readOnly: false,
  };
}

const DEFAULT_FILE = '/home/ana/.local/share/Claimtrace/Workbench.claimtrace';

function setup(options: { refuse?: Set<string> } = {}) {
  const opened: FakeWorkbench[] = [];
  const events: AppEvent[] = [];
  const failures: Array<{ file: string; error: unknown }> = [];
  const open = (file: string, create: boolean): FakeWorkbench => {
    if (options.refuse?.has(file)) throw notAWorkbench(file, 'it is a text file');
    if (!create && file.includes('missing')) throw new Error('no such file');
    const workbench: FakeWorkbench = {
      path: file,
      name: info(file).name,
      closed: false,
      close: () => {
        workbench.closed = true;
      },
    };
    opened.push(workbench);
    return workbench;
  };
  const session = createWorkbenchSession<FakeWorkbench>({
    open: (file, { create }) => open(file, create),
    openDefault: () => open(DEFAULT_FILE, true),
    createService: (workbench) =>
      ({
        'workbench.info': () => info(workbench.path),
        'sources.list': () => [{ openIn: workbench.path }],
      }) as unknown as Handlers,
    emit: (event) => events.push(event),
    onOpenFailed: (file, error) => failures.push({ file, error }),
  });
  return { session, opened, events, failures };
}

describe('the desktop workbench session', () => {
  it('answers API calls from the workbench it opened and tells the window', async () => {
    const { session, events } = setup();
    expect(await session.open('/cases/idlib.claimtrace')).toBe(true);
    expect(session.currentPath()).toBe('/cases/idlib.claimtrace');
    expect(events).toEqual([{ type: 'workbench.opened', workbench: info('/cases/idlib.claimtrace') }]);
    expect(await session.dispatch('sources.list', {})).toEqual({ ok: true, value: [{ openIn: '/cases/idlib.claimtrace' }] });
  });

  it('closes the previous workbench when another one opens', async () => {
    const { session, opened } = setup();
    await session.open('/cases/a.claimtrace');
    await session.open('/cases/b.claimtrace');
    expect(opened.map((w) => [w.path, w.closed])).toEqual([
      ['/cases/a.claimtrace', true],
      ['/cases/b.claimtrace', false],
    ]);
    expect(await session.dispatch('sources.list', {})).toEqual({ ok: true, value: [{ openIn: '/cases/b.claimtrace' }] });
  });

  it('keeps the current workbench when a file is refused, and reports why', async () => {
    const { session, opened, events, failures } = setup({ refuse: new Set(['/downloads/article.claimtrace']) });
    await session.open('/cases/a.claimtrace');
    expect(await session.open('/downloads/article.claimtrace')).toBe(false);
    expect(session.currentPath()).toBe('/cases/a.claimtrace');
    expect(opened[0]!.closed).toBe(false);
    expect(events).toHaveLength(1);
    expect(failures).toHaveLength(1);
    expect((failures[0]!.error as Error).message).toContain('is not a Claimtrace workbench');
    expect(await session.dispatch('sources.list', {})).toEqual({ ok: true, value: [{ openIn: '/cases/a.claimtrace' }] });
  });

  it('creates a new file only when asked to', async () => {
    const { session, failures } = setup();
    expect(await session.open('/cases/missing.claimtrace')).toBe(false);
    expect(failures.map((f) => f.file)).toEqual(['/cases/missing.claimtrace']);
    expect(await session.open('/cases/missing.claimtrace', { create: true })).toBe(true);
  });

  it('opens the default workbench, and names it when it cannot be opened', async () => {
    const { session, events } = setup();
    expect(await session.openDefault(DEFAULT_FILE)).toBe(true);
    expect(session.currentPath()).toBe(DEFAULT_FILE);
    expect(events[0]).toMatchObject({ type: 'workbench.opened', workbench: { name: 'Workbench' } });

    const refused = setup({ refuse: new Set([DEFAULT_FILE]) });
    expect(await refused.session.openDefault(DEFAULT_FILE)).toBe(false);
    expect(refused.failures.map((f) => f.file)).toEqual([DEFAULT_FILE]);
  });

  it('gives a clear error, not a crash, when nothing is open', async () => {
    const { session } = setup();
    const result = await session.dispatch('workbench.info', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/No workbench is open/);
  });

  it('still validates arguments through the contract', async () => {
    const { session } = setup();
    await session.open('/cases/a.claimtrace');
    const result = await session.dispatch('documents.list', { limit: -3 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid_arguments');
  });

  it('closes the workbench on quit', async () => {
    const { session, opened } = setup();
    await session.open('/cases/a.claimtrace');
    session.close();
    expect(opened[0]!.closed).toBe(true);
    expect(session.currentPath()).toBeNull();
  });
});
