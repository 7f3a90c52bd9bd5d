// The session over real workbench files, wired the way the desktop app wires it.
import fs from 'node:fs';

import { afterAll, describe, expect, it } from 'vitest';

import type { AppEvent } from '../../../core/api/index.js';
import { createService } from '../../../db/service.js';
import { openWorkbench } from '../../../db/workbench.js';
import { openFailureMessage } from '../../../electron/open-failure.js';
import { createWorkbenchSession } from '../../../electron/workbench-session.js';
import { makeTempDir } from '../../support/temp-dir.js';

describe('switching real workbench files', () => {
  const temp = makeTempDir();
  afterAll(() => temp.remove());

  function session() {
    const events: AppEvent[] = [];
    const messages: string[] = [];
    const value = createWorkbenchSession({
      open: (file, { create }) => openWorkbench(file, { create }),
      openDefault: () => openWorkbench(temp.file('default.claimtrace'), { create: true }),
      createService,
      emit: (event) => events.push(event),
      onOpenFailed: (file, error) => messages.push(openFailureMessage(file, error)),
    });
    return { session: value, events, messages };
  }

  it('creates a new workbench and reports it to the window', async () => {
    const { session: s, events } = session();
    expect(await s.open(temp.file('Idlib.claimtrace'), { create: true })).toBe(true);
    const info = await s.dispatch('workbench.info', {});
    expect(info).toMatchObject({ ok: true, value: { name: 'Idlib', path: temp.file('Idlib.claimtrace') } });
    expect(events.at(-1)).toMatchObject({ type: 'workbench.opened', workbench: { name: 'Idlib' } });
    s.close();
  });

  it('refuses a file that is not a workbench, leaves it untouched and keeps working on the open one', async () => {
    const { session: s, messages } = session();
    await s.openDefault(temp.file('default.claimtrace'));
    const article = temp.file('article.claimtrace');
    fs.writeFileSync(article, 'MOSCOW, March 3 (TASS) - not a database at all.\n');
    const before = fs.readFileSync(article);

    expect(await s.open(article)).toBe(false);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(article);
    expect(fs.readFileSync(article)).toEqual(before);
    expect(await s.dispatch('workbench.info', {})).toMatchObject({ ok: true, value: { name: 'default' } });
    s.close();
  });

  it('says so when a recent file has gone missing', async () => {
    const { session: s, messages } = session();
    expect(await s.open(temp.file('gone.claimtrace'))).toBe(false);
    expect(fs.existsSync(temp.file('gone.claimtrace'))).toBe(false);
    expect(messages[0]).toContain('There is no workbench at');
  });
});
