import { describe, expect, it } from 'vitest';

import { detectAttributions } from '../../../../core/detection/index.js';
import { SEED_SOURCES } from '../../../../core/sources/seed-registry.js';
import { emptyScore, type Fixture, loadFixtures, ratios, type Score, scoreFixture } from './fixture-corpus.js';

// Two groups of fixtures. Most were used while developing detection, so they measure regressions
// rather than accuracy on new text. The "untuned-" fixtures were annotated before detection ever
// ran on them and were deliberately not used to adjust it: they are the honest estimate, and their
// misses are left in place. Floors sit a little under what each group achieves, so that a
// regression fails while an honest correction to a fixture's ground truth does not.
// The floor for all fixtures was 0.93 precision before detection was tuned on real text: these
// fixtures expect an outlet ("told Hürriyet") to carry a speaker's every later quotation, while
// real articles carry it only into the next sentence or two (outlet precision on the real-text
// development set rose from 0.68 to 0.75 with that change), so a few fixture chains now read
// without their outlet.
const FLOORS = {
  all: { precision: 0.9, recall: 0.9 },
  untuned: { precision: 0.9, recall: 0.8 },
  chain: 0.9,
  kind: 0.9,
};

const fixtures = loadFixtures();
const untuned = fixtures.filter((f) => f.name.startsWith('untuned-'));

function run(group: Fixture[], includeComments: boolean): Score {
  const score = emptyScore();
  for (const fixture of group) {
    const suggestions = detectAttributions(fixture.text, SEED_SOURCES, {
      commentsStart: fixture.commentsStart,
      includeComments,
    });
    scoreFixture(fixture, suggestions, includeComments, score);
  }
  return score;
}

function report(label: string, score: Score): ReturnType<typeof ratios> {
  const r = ratios(score);
  console.log(
    `detection ${label} precision ${r.precision.toFixed(2)} recall ${r.recall.toFixed(2)} ` +
      `(tp=${score.tp}, fp=${score.fp}, fn=${score.fn}); chains ${r.chain.toFixed(2)}, kinds ${r.kind.toFixed(2)}`,
  );
  for (const line of score.falsePositives) console.log(`  false positive: ${line}`);
  for (const line of score.falseNegatives) console.log(`  missed: ${line}`);
  for (const line of score.chainMismatches) console.log(`  chain: ${line}`);
  return r;
}

describe('attribution detection against annotated articles', () => {
  it('has at least six annotated fixtures, some never used for tuning', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
    expect(untuned.length).toBeGreaterThanOrEqual(2);
    for (const fixture of fixtures) expect(fixture.attributions.length).toBeGreaterThan(0);
  });

  it('finds the attributions in article text with high precision and recall', () => {
    const r = report('(all fixtures, articles)', run(fixtures, false));
    expect(r.precision).toBeGreaterThanOrEqual(FLOORS.all.precision);
    expect(r.recall).toBeGreaterThanOrEqual(FLOORS.all.recall);
  });

  it('holds up on fixtures that were never used to tune it', () => {
    const r = report('(untuned fixtures, articles)', run(untuned, false));
    expect(r.precision).toBeGreaterThanOrEqual(FLOORS.untuned.precision);
    expect(r.recall).toBeGreaterThanOrEqual(FLOORS.untuned.recall);
  });

  it('keeps precision and recall when reader comments are included', () => {
    const r = report('(all fixtures, with comments)', run(fixtures, true));
    expect(r.precision).toBeGreaterThanOrEqual(FLOORS.all.precision);
    expect(r.recall).toBeGreaterThanOrEqual(FLOORS.all.recall);
  });

  it('traces matched attributions back through the right hops with the right kind', () => {
    const r = ratios(run(fixtures, true));
    expect(r.chain).toBeGreaterThanOrEqual(FLOORS.chain);
    expect(r.kind).toBeGreaterThanOrEqual(FLOORS.kind);
  });

  it('never proposes an outlet that is only discussed, not cited', () => {
    const offenders: string[] = [];
    for (const fixture of fixtures) {
      const suggestions = detectAttributions(fixture.text, SEED_SOURCES, {
        commentsStart: fixture.commentsStart,
        includeComments: true,
      });
      for (const phrase of fixture.notAttributed) {
        for (const s of suggestions) {
          if (s.mention.start < phrase.end && phrase.start < s.mention.end) {
            offenders.push(`${fixture.name}: ${s.source} in "${phrase.phrase}"`);
          }
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('proposes nothing from reader comments unless asked to', () => {
    for (const fixture of fixtures) {
      if (fixture.commentsStart === null) continue;
      const suggestions = detectAttributions(fixture.text, SEED_SOURCES, { commentsStart: fixture.commentsStart });
      for (const s of suggestions) {
        expect(s.claim.start).toBeLessThan(fixture.commentsStart);
        expect(s.mention.start).toBeLessThan(fixture.commentsStart);
      }
    }
  });
});
