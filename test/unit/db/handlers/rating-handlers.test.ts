import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { RatingInUse, RatingScale } from '../../../../core/api/ratings.js';
import type { Claim, DocumentDetail, Rating } from '../../../../core/domain.js';
import { IDLIB_ARTICLE, spanOf } from '../support/articles.js';
import { openServiceHarness, type ServiceHarness } from '../support/service-harness.js';

let h: ServiceHarness;

beforeEach(() => {
  h = openServiceHarness();
});

afterEach(() => h.close());

const list = () => h.call<RatingInUse[]>('ratings.list');
const keys = async () => (await list()).map((r) => r.key);
const byKey = async (key: string) => (await list()).find((r) => r.key === key)!;

async function claimWithVerdict(ratingId: string): Promise<Claim> {
  const documentId = await h.importText(IDLIB_ARTICLE);
  const text = (await h.call<DocumentDetail>('documents.get', { id: documentId })).text;
  const claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, 'The National Liberation Front rejected') });
  return h.call<Claim>('claims.setVerdict', { id: claim.id, ratingId });
}

describe('the verdict scale', () => {
  it('starts with the seven default ratings in order, each mapped to a reviewRating value', async () => {
    const ratings = await list();
    expect(ratings.map((r) => [r.key, r.ratingValue, r.archived, r.claimCount])).toEqual([
      ['true', 6, false, 0],
      ['mostly_true', 5, false, 0],
      ['mixed', 4, false, 0],
      ['misleading', 3, false, 0],
      ['mostly_false', 2, false, 0],
      ['false', 1, false, 0],
      ['unverifiable', null, false, 0],
    ]);
    const scale = await h.call<RatingScale>('ratings.scale');
    expect(scale).toMatchObject({ bestRating: 6, worstRating: 1 });
    expect(scale.ratings).toHaveLength(7);
  });

  it('adds a rating at the end and edits it, recording both', async () => {
    const created = await h.call<Rating>('ratings.create', { key: 'satire', label: 'Satire', color: '#5E35B1' });
    expect(created).toMatchObject({
      key: 'satire',
      label: 'Satire',
      color: '#5e35b1',
      ordinal: 8,
      ratingValue: null,
      description: '',
      archived: false,
    });
    const updated = await h.call<Rating>('ratings.update', {
      id: created.id,
      patch: { label: 'Satire or parody', ratingValue: 0, description: 'Not meant as fact.' },
    });
    expect(updated).toMatchObject({ label: 'Satire or parody', ratingValue: 0, description: 'Not meant as fact.' });
    expect(await h.call<RatingScale>('ratings.scale')).toMatchObject({ bestRating: 6, worstRating: 0 });
    const rows = h.workbench.db
      .prepare(`SELECT action, field FROM history WHERE entity = 'rating' AND entity_id = ? ORDER BY rowid`)
      .all(created.id);
    expect(rows).toEqual([
      { action: 'create', field: null },
      { action: 'update', field: 'label' },
      { action: 'update', field: 'ratingValue' },
      { action: 'update', field: 'description' },
    ]);
  });

  it('refuses bad colours, keys and duplicate keys', async () => {
    for (const args of [
      { key: 'satire', label: 'Satire', color: 'purple' },
      { key: 'satire', label: 'Satire', color: '#fff' },
      { key: 'Satire Key', label: 'Satire', color: '#5e35b1' },
      { key: 'satire', label: '  ', color: '#5e35b1' },
    ]) {
      expect((await h.failure('ratings.create', args)).code).toBe('invalid_arguments');
    }
    const duplicate = await h.failure('ratings.create', { key: 'false', label: 'Wrong', color: '#000000' });
    expect(duplicate).toEqual({ code: 'conflict', message: 'The key "false" is already used by the rating "False".' });
    const mixed = await byKey('mixed');
    expect((await h.failure('ratings.update', { id: mixed.id, patch: { key: 'true' } })).code).toBe('conflict');
    expect(await keys()).toHaveLength(7);
  });

  it('reorders the whole scale, archived ratings included', async () => {
    const ratings = await list();
    const reversed = [...ratings].reverse().map((r) => r.id);
    const result = await h.call<Rating[]>('ratings.reorder', { ids: reversed });
    expect(result.map((r) => r.key)).toEqual(['unverifiable', 'false', 'mostly_false', 'misleading', 'mixed', 'mostly_true', 'true']);
    expect(result.map((r) => r.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await keys()).toEqual(result.map((r) => r.key));
  });

  it('refuses an order that leaves a rating out, repeats one or names an unknown one', async () => {
    const ids = (await list()).map((r) => r.id);
    const partial = await h.failure('ratings.reorder', { ids: ids.slice(1) });
    expect(partial).toEqual({
      code: 'invalid_arguments',
      message: 'The new order names 6 of the 7 ratings; list every rating, archived ones included.',
    });
    expect((await h.failure('ratings.reorder', { ids: [...ids, ids[0]] })).code).toBe('invalid_arguments');
    expect((await h.failure('ratings.reorder', { ids: [...ids.slice(1), '00000000-0000-4000-8000-000000000000'] })).code).toBe('not_found');
    expect((await keys())[0]).toBe('true');
  });

  it('archives a rating: flagged in the list, gone from the scale, back when unarchived', async () => {
    const unverifiable = await byKey('unverifiable');
    const archived = await h.call<Rating>('ratings.archive', { id: unverifiable.id, archived: true });
    expect(archived.archived).toBe(true);
    expect((await byKey('unverifiable')).archived).toBe(true);
    const scale = await h.call<RatingScale>('ratings.scale');
    expect(scale.ratings.map((r) => r.key)).not.toContain('unverifiable');
    await h.call('ratings.archive', { id: unverifiable.id, archived: false });
    expect((await h.call<RatingScale>('ratings.scale')).ratings.map((r) => r.key)).toContain('unverifiable');
  });

  it('deletes an unused rating but only archives one in use, even by a claim in the bin', async () => {
    const created = await h.call<Rating>('ratings.create', { key: 'satire', label: 'Satire', color: '#5e35b1' });
    await h.call('ratings.delete', { id: created.id });
    expect(await keys()).not.toContain('satire');

    const misleading = await byKey('misleading');
    const claim = await claimWithVerdict(misleading.id);
    await h.call('claims.delete', { id: claim.id });
    expect((await byKey('misleading')).claimCount).toBe(1);
    const refused = await h.failure('ratings.delete', { id: misleading.id });
    expect(refused).toEqual({
      code: 'conflict',
      message: 'The rating "Misleading" is the verdict of 1 claim; archive it instead of deleting it.',
    });
    expect(await keys()).toContain('misleading');
    expect((await h.failure('ratings.delete', { id: created.id })).code).toBe('not_found');
  });
});
