import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Source } from '../../../../core/domain.js';
import { SourceEditorDialog } from '../../../../renderer/sources/SourceEditorDialog.js';
import { descriptionOf, isInvalid, valueOf } from '../support/dom-queries.js';
import { type FakeHost, installFakeBridge } from '../support/fake-bridge.js';

let host: FakeHost;

beforeEach(() => {
  host = installFakeBridge();
});

afterEach(() => host.close());

function openEditor(source: Source | null) {
  const onSaved = vi.fn<(source: Source) => void>();
  const onClose = vi.fn<() => void>();
  render(<SourceEditorDialog open source={source} onSaved={onSaved} onClose={onClose} />);
  const dialog = screen.getByRole('dialog', { name: source ? `Edit ${source.name}` : 'New source' });
  return { dialog, onSaved, onClose };
}

async function sourcesNamed(name: string): Promise<Source[]> {
  return (await host.call('sources.list', { query: name })).filter((source) => source.name === name);
}

describe('SourceEditorDialog', () => {
  it('adds a source with its country, Wikidata item and aliases to the registry', async () => {
    const user = userEvent.setup();
    const { dialog, onSaved, onClose } = openEditor(null);
    const form = within(dialog);

    expect(document.activeElement).toBe(form.getByLabelText('Name'));
    await user.type(form.getByLabelText('Name'), 'Hawar News Agency');
    await user.selectOptions(form.getByLabelText('Kind'), 'Wire agency');
    await user.type(form.getByLabelText(/Country/), 'tr');
    await user.type(form.getByLabelText(/Wikidata item/), 'https://www.wikidata.org/wiki/Q6684593');
    await user.click(form.getByLabelText('State-affiliated'));
    await user.click(form.getByRole('button', { name: 'Add alias' }));
    await user.type(form.getByLabelText('Alias 1'), 'ANHA');
    await user.selectOptions(form.getByLabelText('Alias 1 kind'), 'Abbreviation');
    // A row left empty is not an alias.
    await user.click(form.getByRole('button', { name: 'Add alias' }));
    await user.click(form.getByRole('button', { name: 'Add source' }));

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    const [stored] = await sourcesNamed('Hawar News Agency');
    expect(stored).toMatchObject({
      kind: 'wire_agency',
      country: 'TR',
      wikidataId: 'Q6684593',
      stateAffiliated: true,
      aliases: [{ alias: 'ANHA', kind: 'abbreviation' }],
    });
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: stored!.id, name: 'Hawar News Agency' }));
  });

  it('saves only what was changed in an existing source', async () => {
    const user = userEvent.setup();
    const source = await host.call('sources.create', { name: 'Idlib Post', kind: 'website', country: 'IR' });
    const { dialog, onSaved, onClose } = openEditor(source);
    const form = within(dialog);

    expect(valueOf(form.getByLabelText('Name'))).toBe('Idlib Post');
    expect(valueOf(form.getByLabelText(/Country/))).toBe('IR');
    await user.clear(form.getByLabelText('Name'));
    await user.type(form.getByLabelText('Name'), 'Idlib Post Daily');
    await user.type(form.getByLabelText(/Notes/), 'Iranian news site.');
    await user.click(form.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(host.argsOf('sources.update')).toEqual([{ id: source.id, patch: { name: 'Idlib Post Daily', notes: 'Iranian news site.' } }]);
    expect(await host.call('sources.get', { id: source.id })).toMatchObject({
      name: 'Idlib Post Daily',
      kind: 'website',
      country: 'IR',
      notes: 'Iranian news site.',
    });
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: source.id, name: 'Idlib Post Daily' }));
  });

  it('shows a missing name under the Name field and saves nothing', async () => {
    const user = userEvent.setup();
    const before = (await host.call('sources.list')).length;
    const { dialog, onSaved, onClose } = openEditor(null);
    const form = within(dialog);

    await user.type(form.getByLabelText('Name'), '   ');
    await user.type(form.getByLabelText(/Country/), 'ru');
    await user.click(form.getByRole('button', { name: 'Add source' }));

    const name = form.getByLabelText('Name');
    await waitFor(() => expect(isInvalid(name)).toBe(true));
    expect(descriptionOf(name)).toBe('a source needs a name');
    expect(isInvalid(form.getByLabelText(/Country/))).toBe(false);
    expect(host.calls.map((entry) => [entry.method, entry.result.ok])).toEqual([['sources.create', false]]);
    expect(await host.call('sources.list')).toHaveLength(before);
    expect(onSaved).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();

    // Typing a name clears the complaint, and the same form then saves.
    await user.type(name, 'NLF spokesman');
    expect(isInvalid(name)).toBe(false);
    await user.click(form.getByRole('button', { name: 'Add source' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(await sourcesNamed('NLF spokesman')).toEqual([expect.objectContaining({ kind: 'newspaper', country: 'RU' })]);
  });

  it('shows a malformed Wikidata item under its field and saves nothing', async () => {
    const user = userEvent.setup();
    const { dialog, onSaved, onClose } = openEditor(null);
    const form = within(dialog);

    await user.type(form.getByLabelText('Name'), 'Naharnet');
    await user.type(form.getByLabelText(/Wikidata item/), 'Naharnet-123');
    await user.click(form.getByRole('button', { name: 'Add source' }));

    const wikidata = form.getByLabelText(/Wikidata item/);
    await waitFor(() => expect(isInvalid(wikidata)).toBe(true));
    expect(descriptionOf(wikidata)).toContain('a Wikidata item is a Q followed by its number, such as Q130879');
    expect(isInvalid(form.getByLabelText('Name'))).toBe(false);
    expect(await sourcesNamed('Naharnet')).toEqual([]);
    expect(onSaved).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows a name the registry already has under the Name field', async () => {
    const user = userEvent.setup();
    const existing = await sourcesNamed('Reuters');
    expect(existing).toHaveLength(1);
    const { dialog, onSaved } = openEditor(null);
    const form = within(dialog);

    await user.type(form.getByLabelText('Name'), 'Reuters');
    await user.click(form.getByRole('button', { name: 'Add source' }));

    await waitFor(() => expect(descriptionOf(form.getByLabelText('Name'))).toMatch(/already a source called/i));
    expect(await sourcesNamed('Reuters')).toEqual(existing);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('closes on Escape without saving what was typed', async () => {
    const user = userEvent.setup();
    const before = (await host.call('sources.list')).length;
    const { dialog, onSaved, onClose } = openEditor(null);

    await user.type(within(dialog).getByLabelText('Name'), 'Deir ez-Zor 24{Escape}');

    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onSaved).not.toHaveBeenCalled();
    expect(host.argsOf('sources.create')).toEqual([]);
    expect(await host.call('sources.list')).toHaveLength(before);
  });
});
