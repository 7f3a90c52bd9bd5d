// The stance each hop of a detected chain records, over sentences written for this test: the
// words fact-checkers read as neutral (said, told), distancing (claimed, alleged, reportedly,
// according to unconfirmed reports) or endorsing (confirmed, revealed, showed), put on the hop of
// the source the cue reports and on no other.
import { describe, expect, it } from 'vitest';

import { detect } from './detect-helpers.js';

/** Each hop of the first suggestion as "source: stance", the source in lower case (how a name is cased is not at issue here). */
function stances(text: string): string[] {
  const [first] = detect(text);
  return first ? first.hops.map((hop) => `${hop.source.toLowerCase()}: ${hop.stance}`) : [];
}

describe('the stance a cue gives its hop', () => {
  it('is neutral for said and told', () => {
    expect(stances('The harbour master said the ferry would sail at noon.')).toEqual(['the harbour master: neutral']);
    expect(stances('The harbour master told TASS that the ferry would sail at noon.')).toEqual([
      'tass: neutral',
      'the harbour master: neutral',
    ]);
  });

  it('is distancing for claimed, alleged and unconfirmed reports', () => {
    expect(stances('The rebel command claimed that the dam had been breached.')).toEqual(['the rebel command: distancing']);
    expect(stances('The rebel command alleged that the dam had been breached.')).toEqual(['the rebel command: distancing']);
    expect(stances('“The dam is gone,” the rebel command claimed.')).toEqual(['the rebel command: distancing']);
    expect(stances('According to unconfirmed reports, the dam had been breached.')).toEqual(['unconfirmed reports: distancing']);
    expect(stances('According to unconfirmed reports from TASS, the dam had been breached.')).toEqual(['tass: distancing']);
  });

  it('is endorsing for confirmed, revealed and showed', () => {
    expect(stances('The water authority confirmed that the dam had been breached.')).toEqual(['the water authority: endorsing']);
    expect(stances('The water authority revealed that the dam had been breached.')).toEqual(['the water authority: endorsing']);
    expect(stances('Drone footage showed that the dam had been breached.')).toEqual(['drone footage: endorsing']);
  });

  it('turns distancing when an adverb beside the verb hedges the report: reportedly, allegedly, purportedly', () => {
    expect(stances('The rebel command reportedly said that the dam had been breached.')).toEqual(['the rebel command: distancing']);
    expect(stances('The rebel command allegedly said that the dam had been breached.')).toEqual(['the rebel command: distancing']);
    expect(stances('The rebel command purportedly said that the dam had been breached.')).toEqual(['the rebel command: distancing']);
    expect(stances('TASS supposedly reported that the dam had been breached.')).toEqual(['tass: distancing']);
    // Even an endorsing verb: the reporter still keeps its distance from the claim.
    expect(stances('The rebel command reportedly confirmed that the dam had been breached.')).toEqual(['the rebel command: distancing']);
  });

  it('goes to the source whose words the cue reports, not to the outlet that carried them', () => {
    expect(stances('TASS claimed that the dam had been breached, Sputnik reported.')).toEqual(['sputnik: neutral', 'tass: distancing']);
    expect(stances('Sputnik, citing TASS, claimed that the dam had been breached.')).toEqual(['sputnik: distancing', 'tass: neutral']);
    expect(stances('The dam had been breached, the rebel command reportedly told Sputnik.')).toEqual([
      'sputnik: neutral',
      'the rebel command: distancing',
    ]);
  });

  it('ignores a hedge inside the reported words: that is the source hedging, not the reporter', () => {
    expect(stances('TASS reported that the dam had allegedly been breached.')).toEqual(['tass: neutral']);
    expect(stances('The dam had reportedly been breached, TASS said.')).toEqual(['tass: neutral']);
  });
});
