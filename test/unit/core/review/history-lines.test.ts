// The audit trail in words: the same wording on screen (what, from, to) and in a report's one-line
// sentence.
import { describe, expect, it } from 'vitest';

import type { HistoryEvent, Rating } from '../../../../core/domain.js';
import { describeHistory } from '../../../../core/review/history-lines.js';
import { chainSnapshot, type HopSnapshot, rationaleSnapshot } from '../../../../core/review/history-snapshots.js';
import { historyEvent } from '../../../support/history-event.js';

const rating = (key: string, label: string): Rating => ({
  id: `r-${key}`,
  key,
  label,
  color: '#777777',
  ordinal: 1,
  ratingValue: 1,
  description: '',
  archived: false,
});
const FALSE_RATING = rating('false', 'False');
const MIXED_RATING = rating('mixed', 'Mixed');
const RATINGS = [MIXED_RATING, FALSE_RATING];

const event = historyEvent;

const line = (patch: Partial<HistoryEvent>) => describeHistory(event(patch), RATINGS);

const LINKED = JSON.stringify({
  documentId: 'd2',
  title: 'Kessel Dam Doubles Its Release',
  start: 4,
  end: 40,
  quote: 'The river authority said the dam had released twice its usual volume',
});

describe('history lines', () => {
  it('spell out statuses and verdicts instead of their stored keys and IDs', () => {
    const status = line({ field: 'status', oldValue: 'in_review', newValue: 'done' });
    expect(status).toMatchObject({ what: 'Changed the status', from: 'In review', to: 'Done', actor: 'Dana Reviewer' });
    expect(status.sentence).toBe('Changed the status: In review → Done');
    const verdict = line({ field: 'rating', oldValue: MIXED_RATING.id, newValue: FALSE_RATING.id });
    expect(verdict).toMatchObject({ what: 'Changed the verdict', from: 'Mixed', to: 'False' });
    expect(line({ field: 'rating', oldValue: null, newValue: 'false' })).toMatchObject({ from: 'No verdict', to: 'False' });
    expect(line({ field: 'rating', oldValue: 'r-deleted', newValue: null })).toMatchObject({
      from: 'A rating no longer on the scale',
      to: 'No verdict',
    });
  });

  it('show a linked appearance as its document and quote, never as the stored record', () => {
    const linked = line({ action: 'link', field: 'appearance', newValue: LINKED });
    expect(linked).toMatchObject({
      what: 'Linked an appearance in “Kessel Dam Doubles Its Release”',
      from: null,
      to: 'The river authority said the dam had released twice its usual volume',
    });
    const unlinked = line({ action: 'unlink', field: 'appearance', oldValue: LINKED });
    expect(unlinked).toMatchObject({ what: 'Unlinked the appearance in “Kessel Dam Doubles Its Release”', to: null });
    expect(unlinked.from).toContain('The river authority');
    expect(line({ action: 'link', field: 'appearance', newValue: 'not a record' }).what).toBe('Linked an appearance in another document');
  });

  it('show what a merged bundle replaced, old and new, in the same words as an edit', () => {
    const merged = line({ action: 'merge', field: 'rating', oldValue: null, newValue: FALSE_RATING.id });
    expect(merged).toMatchObject({ what: 'Took the verdict from a merged bundle', from: 'No verdict', to: 'False' });
  });

  it('show chains, tags and rationale as text', () => {
    expect(line({ field: 'chain', oldValue: null, newValue: 'AFP → Naji Mustafa' })).toMatchObject({
      from: 'No chain',
      to: 'AFP → Naji Mustafa',
    });
    expect(line({ field: 'tags', oldValue: '[]', newValue: '["energy","kharkiv"]' })).toMatchObject({
      from: 'None',
      to: 'energy, kharkiv',
    });
    expect(line({ field: 'rationale', oldValue: '', newValue: 'Grid operator denies it.' })).toMatchObject({
      what: 'Changed the rationale',
      from: 'Empty',
      to: 'Grid operator denies it.',
    });
  });

  it('name the evidence added, removed and edited', () => {
    const added = line({ entity: 'evidence', action: 'create', newValue: 'https://example.org/report' });
    expect(added).toMatchObject({ what: 'Added evidence', to: 'https://example.org/report' });
    const snapshot = JSON.stringify({ kind: 'passage', quote: 'the ministry denied it', url: null, title: '' });
    const removed = line({ entity: 'evidence', action: 'delete', field: 'passage', oldValue: snapshot });
    expect(removed).toMatchObject({ what: 'Removed evidence', from: 'the ministry denied it', to: null });
    const stance = line({ entity: 'evidence', field: 'stance', oldValue: 'context', newValue: 'refuting' });
    expect(stance).toMatchObject({ what: 'Changed the evidence stance', from: 'Context', to: 'Refutes' });
  });

  it('name what was created or removed by what kind of record it is', () => {
    expect(line({ action: 'create', newValue: 'the convoy turned back' }).what).toBe('Created the claim');
    expect(line({ entity: 'source', action: 'create', newValue: 'Arab sources' }).what).toBe('Added a source');
    expect(line({ entity: 'document', action: 'import', newValue: 'Convoy Struck' }).what).toBe('Imported the document');
    expect(line({ entity: 'hop', action: 'delete' }).what).toBe('Removed an attribution hop');
    expect(line({ action: 'reattach' }).what).toBe('Re-attached the claim to the text');
  });

  it('shorten very long values on screen', () => {
    const long = line({ action: 'create', newValue: 'x'.repeat(1000) });
    expect(long.to!.length).toBeLessThan(300);
    expect(long.to!.endsWith('…')).toBe(true);
  });

  describe('as one sentence for a report', () => {
    it('quotes words from the workbench and leaves our own words bare', () => {
      expect(line({ field: 'claimant', oldValue: 'AFP', newValue: 'NLF spokesman Naji Mustafa' }).sentence).toBe(
        'Changed the claimant: “AFP” → “NLF spokesman Naji Mustafa”',
      );
      expect(line({ field: 'chain', oldValue: null, newValue: 'AFP → Naji Mustafa' }).sentence).toBe(
        'Changed the attribution chain: No chain → “AFP → Naji Mustafa”',
      );
      expect(line({ field: 'assignee', oldValue: null, newValue: 'Omid Karimi' }).sentence).toBe(
        'Changed the assigned reviewer: none → “Omid Karimi”',
      );
      expect(line({ entity: 'evidence', action: 'create', newValue: 'Satellite imagery, 8 October' }).sentence).toBe(
        'Added evidence: “Satellite imagery, 8 October”',
      );
    });

    it('leaves the rationale and notes out: the report prints them in full', () => {
      expect(line({ field: 'rationale', oldValue: '', newValue: 'Grid operator denies it.' }).sentence).toBe('Changed the rationale');
      expect(line({ field: 'notesJson', oldValue: null, newValue: '{"root":{}}' }).sentence).toBe('Changed the notes');
    });

    it('shortens long values instead of quoting them whole', () => {
      const sentence = line({ field: 'statement', oldValue: '', newValue: 'x'.repeat(500) }).sentence;
      expect(sentence.length).toBeLessThan(100);
      expect(sentence.endsWith('…”')).toBe(true);
    });
  });

  describe('of a chain whose sources stay the same', () => {
    const hop = (source: string, patch: Partial<HopSnapshot> = {}): HopSnapshot => ({
      source,
      sourceId: `id-${source}`,
      kind: 'quote',
      cue: null,
      cueStart: null,
      stance: null,
      ...patch,
    });
    const stored = (...hops: HopSnapshot[]) => JSON.stringify(chainSnapshot(hops));
    const chainLine = (before: HopSnapshot[], after: HopSnapshot[], action = 'update') =>
      line({ action, field: 'chain', oldValue: stored(...before), newValue: stored(...after) });
    const afp = hop('AFP', { kind: 'paraphrase', cue: 'told AFP', cueStart: 10 });

    it('names the hop and the cue that changed', () => {
      const said = hop('Naji Mustafa', { cue: 'said', cueStart: 40 });
      const claimed = hop('Naji Mustafa', { cue: 'claimed', cueStart: 52 });
      expect(chainLine([afp, said], [afp, claimed])).toMatchObject({
        what: 'Changed the cue of hop 2',
        from: 'said',
        to: 'claimed',
        sentence: 'Changed the cue of hop 2: “said” → “claimed”',
      });
      expect(chainLine([afp, said], [afp, hop('Naji Mustafa')])).toMatchObject({ from: 'said', to: 'No cue' });
    });

    it('names a changed kind or stance in their own words', () => {
      expect(chainLine([afp], [{ ...afp, kind: 'citing' }])).toMatchObject({
        what: 'Changed the kind of hop 1',
        from: 'Paraphrase',
        to: 'Citing',
      });
      expect(chainLine([afp], [{ ...afp, stance: 'distancing' }])).toMatchObject({
        what: 'Changed the stance of hop 1',
        from: 'Not recorded',
        to: 'Distancing',
      });
    });

    it('lists every part of a hop that changed, and every hop', () => {
      const changed = { ...afp, kind: 'quote', cue: 'quoted', cueStart: 12 };
      expect(chainLine([afp], [changed])).toMatchObject({
        what: 'Changed the kind and cue of hop 1',
        from: 'Paraphrase, “told AFP”',
        to: 'Quote, “quoted”',
      });
      const fars = hop('Fars', { kind: 'citing' });
      expect(chainLine([afp, fars], [changed, { ...fars, kind: 'link' }])).toMatchObject({
        what: 'Changed hops 1 and 2 of the attribution chain',
        from: 'hop 1: Paraphrase, “told AFP”; hop 2: Citing',
        to: 'hop 1: Quote, “quoted”; hop 2: Link',
      });
    });

    it('says when the same cue words were picked elsewhere in the text, or a namesake source', () => {
      expect(chainLine([afp], [{ ...afp, cueStart: 300 }])).toMatchObject({
        what: 'Moved the cue of hop 1 to another place in the text',
        from: null,
        to: 'told AFP',
      });
      expect(chainLine([afp], [{ ...afp, sourceId: 'id-other' }])).toMatchObject({
        what: 'Changed the source of hop 1 to another of the same name',
        to: 'AFP',
      });
    });

    it('keeps the whole chain when its sources change, and words a bundle’s change as taken from it', () => {
      expect(chainLine([afp], [afp, hop('Naji Mustafa')])).toMatchObject({
        what: 'Changed the attribution chain',
        from: 'AFP',
        to: 'AFP → Naji Mustafa',
      });
      expect(chainLine([afp], [{ ...afp, cue: 'quoted' }], 'merge')).toMatchObject({
        what: 'Took the cue of hop 1 from a merged bundle',
        from: 'told AFP',
        to: 'quoted',
      });
    });

    it('reads older history, which kept the names only, without claiming nothing changed', () => {
      const older = line({ field: 'chain', oldValue: 'AFP → Naji Mustafa', newValue: 'AFP → Naji Mustafa' });
      expect(older.what).toBe('Changed the kind, cue or stance of a hop in the attribution chain');
      expect(older).toMatchObject({ from: null, to: 'AFP → Naji Mustafa' });
      expect(line({ field: 'chain', oldValue: 'Fars', newValue: stored(afp) })).toMatchObject({ from: 'Fars', to: 'AFP' });
    });
  });

  describe('of a rationale whose words stay the same', () => {
    const withLinks = (...urls: string[]) =>
      JSON.stringify({
        root: {
          type: 'root',
          children: [
            {
              type: 'paragraph',
              children: [
                { type: 'text', text: 'See ' },
                ...urls.map((url) => ({ type: 'link', url, children: [{ type: 'text', text: 'this' }] })),
              ],
            },
          ],
        },
      });
    const stored = (...urls: string[]) => JSON.stringify(rationaleSnapshot('See this.', withLinks(...urls)));
    const rationaleLine = (before: string, after: string) => line({ field: 'rationale', oldValue: before, newValue: after });

    it('names the link whose target changed, old and new', () => {
      expect(rationaleLine(stored('https://a.example/1'), stored('https://a.example/2'))).toMatchObject({
        what: 'Changed a link in the rationale',
        from: 'https://a.example/1',
        to: 'https://a.example/2',
        sentence: 'Changed a link in the rationale: “https://a.example/1” → “https://a.example/2”',
      });
    });

    it('names links added and removed, and an edit of the formatting alone', () => {
      expect(rationaleLine(stored(), stored('https://a.example/1'))).toMatchObject({
        what: 'Added a link to the rationale',
        to: 'https://a.example/1',
      });
      expect(rationaleLine(stored('https://a.example/1', 'https://a.example/2'), stored('https://a.example/2'))).toMatchObject({
        what: 'Removed a link from the rationale',
        from: 'https://a.example/1',
      });
      expect(rationaleLine(stored('https://a.example/1'), stored('https://a.example/1'))).toMatchObject({
        what: 'Changed the formatting of the rationale',
        from: null,
        to: null,
      });
    });

    it('still shows a change of words as the rationale before and after, out of the report sentence', () => {
      const changed = line({
        field: 'rationale',
        oldValue: JSON.stringify(rationaleSnapshot('Unsupported.', null)),
        newValue: JSON.stringify(rationaleSnapshot('Denied by the ministry.', null)),
      });
      expect(changed).toMatchObject({ what: 'Changed the rationale', from: 'Unsupported.', to: 'Denied by the ministry.' });
      expect(changed.sentence).toBe('Changed the rationale');
    });

    it('reads older history (plain text) and a merged bundle’s editor state', () => {
      expect(rationaleLine('See this.', 'See this.').what).toBe('Changed the formatting or links of the rationale');
      const merged = line({
        action: 'merge',
        field: 'rationaleJson',
        oldValue: withLinks('https://a.example/1'),
        newValue: withLinks('https://b.example/1'),
      });
      expect(merged).toMatchObject({ what: 'Took a link in the rationale from a merged bundle', from: 'https://a.example/1' });
      expect(line({ action: 'merge', field: 'rationaleJson', oldValue: null, newValue: withLinks() }).to).toBe('See');
    });
  });

  describe('of documents, sources and ratings', () => {
    const doc = (patch: Partial<HistoryEvent>) => line({ entity: 'document', claimId: null, ...patch });

    it('says the comments or the article start moved, never at which offset', () => {
      expect(doc({ field: 'commentsStart', oldValue: '1156', newValue: '2048' })).toMatchObject({
        what: 'Moved where the comments start',
        from: null,
        to: null,
        sentence: 'Moved where the comments start',
      });
      expect(doc({ field: 'commentsStart', oldValue: null, newValue: '1156' }).what).toBe('Marked where the comments start');
      expect(doc({ field: 'commentsStart', oldValue: '1156', newValue: null }).what).toBe('Removed the start of the comments');
      expect(doc({ field: 'articleStart', oldValue: '88', newValue: '120' }).what).toBe('Moved where the article starts');
      expect(doc({ field: 'articleStart', oldValue: '88', newValue: null }).what).toBe('Started the article at the top again');
      expect(doc({ action: 'merge', field: 'commentsStart', oldValue: '1', newValue: '2' })).toMatchObject({
        what: 'Took where the comments start from a merged bundle',
        from: null,
      });
    });

    it('names document details as the reader does', () => {
      expect(doc({ field: 'outlet', oldValue: null, newValue: 'Fars' })).toMatchObject({ what: 'Changed the outlet', to: 'Fars' });
      expect(doc({ field: 'publishedAt', oldValue: null, newValue: '2018-10-08' }).what).toBe('Changed the publication date');
      expect(doc({ field: 'url', newValue: 'https://a.example' }).what).toBe('Changed the web address');
      expect(doc({ field: 'language', oldValue: 'en', newValue: 'fa' })).toMatchObject({ from: 'English', to: 'Persian' });
      expect(doc({ field: 'direction', oldValue: 'ltr', newValue: 'rtl' })).toMatchObject({ from: 'Left to right', to: 'Right to left' });
      expect(doc({ action: 'confirm', field: 'publishedAt', newValue: '2018-10-08' })).toMatchObject({
        what: 'Kept the guessed publication date',
        to: '2018-10-08',
      });
      expect(doc({ action: 'reimport', field: 'text', oldValue: 'old words', newValue: 'new words' })).toMatchObject({
        what: 'Imported a new version of the text',
        to: null,
      });
      expect(doc({ action: 'reject_suggestion', newValue: 'Fars → Arab sources' }).what).toBe('Rejected a suggested attribution');
    });

    it('names source fields and registry actions', () => {
      const source = (patch: Partial<HistoryEvent>) => line({ entity: 'source', claimId: null, ...patch });
      expect(source({ field: 'kind', oldValue: 'website', newValue: 'state_media' })).toMatchObject({
        what: 'Changed the kind of source',
        from: 'Website',
        to: 'State media',
      });
      expect(source({ field: 'stateAffiliated', oldValue: 'false', newValue: 'true' })).toMatchObject({
        what: 'Changed whether it is state-affiliated',
        to: 'State-affiliated',
      });
      expect(source({ field: 'country', oldValue: null, newValue: 'IR' }).to).toBe('Iran');
      expect(source({ field: 'aliases', oldValue: '[]', newValue: '[{"alias":"ТАСС","kind":"name"}]' })).toMatchObject({
        what: 'Changed the aliases',
        from: 'None',
        to: 'ТАСС',
      });
      expect(source({ action: 'merge', field: 'merged_into', oldValue: 'Fars News', newValue: 'Fars' })).toMatchObject({
        what: 'Merged the source into another',
        sentence: 'Merged the source into another: “Fars News” → “Fars”',
      });
      expect(source({ action: 'absorb', field: 'merged_from', newValue: 'Fars News' }).what).toBe('Merged another source into this one');
      expect(source({ action: 'confirm', field: 'confirmed', oldValue: 'false', newValue: 'true' }).what).toBe('Confirmed the source');
    });

    it('names claim kinds and check-worthiness as the inspector does', () => {
      expect(line({ field: 'kind', oldValue: 'factual', newValue: 'statistic' })).toMatchObject({ from: 'Factual', to: 'Statistic' });
      expect(line({ field: 'checkworthiness', oldValue: null, newValue: '3' })).toMatchObject({ from: 'Not judged', to: 'Must check' });
    });
  });
});
