import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Source } from '../../../../core/domain.js';
import { MergeSourceDialog } from '../../../../renderer/sources/MergeSourceDialog.js';
import { type FakeHost, installFakeBridge } from '../support/fake-bridge.js';

let host: FakeHost;
let registry: Source[];
let duplicate: Source;

beforeEach(async () => {
  host = installFakeBridge();
  duplicate = await host.call('sources.create', { name: 'Reuters News Wire', kind: 'wire_agency' });
  registry = await host.call('sources.list', {});
});

afterEach(() => host.close());

function openMerge() {
  const onMerged = vi.fn<(target: Source) => void>();
  const onClose = vi.fn<() => void>();
  render(<MergeSourceDialog open source={duplicate} sources={registry} onMerged={onMerged} onClose={onClose} />);
  return { dialog: screen.getByRole('dialog', { name: 'Merge Reuters News Wire into…' }), onMerged, onClose };
}

describe('MergeSourceDialog', () => {
  it('takes the one source a search leaves with Enter, on to the confirmation, and merges', async () => {
    const user = userEvent.setup();
    const { onMerged } = openMerge();
    const search = screen.getByRole('searchbox', { name: 'Find a source' });
    expect(document.activeElement).toBe(search);

    // The duplicate itself is never offered, so "reuters" leaves one registry entry.
    await user.type(search, 'reuters{Enter}');
    const confirm = await screen.findByRole('alertdialog', { name: 'Merge Reuters News Wire into Reuters?' });
    await user.click(within(confirm).getByRole('button', { name: 'Merge' }));

    await waitFor(() => expect(onMerged).toHaveBeenCalledWith(expect.objectContaining({ name: 'Reuters' })));
    const names = (await host.call('sources.list', {})).map((source) => source.name);
    expect(names).not.toContain('Reuters News Wire');
  });

  it('leaves the choice to the list when the search leaves several sources', async () => {
    const user = userEvent.setup();
    openMerge();
    const search = screen.getByRole('searchbox', { name: 'Find a source' });
    await user.type(search, 'a{Enter}');

    expect(screen.getByRole('dialog', { name: 'Merge Reuters News Wire into…' })).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(host.argsOf('sources.merge')).toEqual([]);
  });
});
