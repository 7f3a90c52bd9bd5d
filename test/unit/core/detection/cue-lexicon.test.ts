import { describe, expect, it } from 'vitest';

import { isCueGerund, phraseCueStance, verbCue } from '../../../../core/detection/cue-lexicon.js';
import { detect, summaries } from './detect-helpers.js';

/** The stance recorded on the hop that said it, for the first suggestion in a text. */
function lastStance(text: string): string | undefined {
  const [first] = detect(text);
  return first?.hops[first.hops.length - 1]?.stance;
}

describe('the cue lexicon', () => {
  it('knows every inflection of a reporting verb, regular or not, with its stance', () => {
    for (const form of ['say', 'says', 'said', 'saying']) expect(verbCue(form)?.lemma).toBe('say');
    for (const form of ['allege', 'alleges', 'alleged', 'alleging'])
      expect(verbCue(form)).toMatchObject({ lemma: 'allege', stance: 'distancing' });
    for (const form of ['reveal', 'revealed', 'confirms', 'showed', 'shown']) expect(verbCue(form)?.stance).toBe('endorsing');
    expect(verbCue('told')).toMatchObject({ lemma: 'tell', stance: 'neutral', cueClass: 'speech' });
    expect(verbCue('worried')).toMatchObject({ lemma: 'worry', cueClass: 'thought' });
    expect(verbCue('concluded')?.cueClass).toBe('finding');
    expect(verbCue('praised')?.cueClass).toBe('evaluation');
    expect(verbCue('vowed')?.cueClass).toBe('commitment');
    expect(verbCue('table')).toBeNull();
    expect(isCueGerund('adding')).toBe(true);
    expect(isCueGerund('added')).toBe(false);
  });

  it('reads distancing words in phrase cues', () => {
    expect(phraseCueStance('according to unconfirmed reports')).toBe('distancing');
    expect(phraseCueStance('according to the ministry')).toBe('neutral');
  });
});

describe('cues in sentences', () => {
  it('record the stance on the hop, and an adverb like "reportedly" distances a neutral verb', () => {
    expect(lastStance('The ministry claimed that the depot was empty.')).toBe('distancing');
    expect(lastStance('The ministry confirmed that the depot was empty.')).toBe('endorsing');
    expect(lastStance('The ministry said that the depot was empty.')).toBe('neutral');
    expect(lastStance('The ministry reportedly said that the depot was empty.')).toBe('distancing');
  });

  it('take a view or a finding only with the clause it governs, a characterisation only with its quoted words', () => {
    expect(summaries('Inspectors found three crates in the hold.')).toEqual([]);
    expect(summaries('Inspectors found that three crates were missing.')[0]!.claim).toBe('three crates were missing');
    expect(summaries('The mayor called the plan reckless.')).toEqual([]);
    expect(summaries('The mayor called the plan “reckless and rushed.”')[0]!.claim).toContain('reckless and rushed');
    expect(summaries('The union vowed to strike again.')).toEqual([]);
  });

  it('read a cue form used as a noun or adjective as no cue', () => {
    expect(summaries('His claims about the depot were never checked.')).toEqual([]);
    expect(summaries('The alleged attack happened at night.')).toEqual([]);
  });
});
