import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

import type { Rating } from '../../../../core/domain.js';
import {
  claimReviewCounts,
  type ClaimReviewLd,
  ClaimReviewSetupError,
  claimReviewSetupProblems,
  claimReviewStanding,
  leftOutNotice,
  renderClaimReview,
  renderClaimReviewJson,
  renderClaimReviewScript,
} from '../../../../core/reports/claim-review.js';
import { type ReportClaim, type ReportModel, reportScale } from '../../../../core/reports/model.js';
import { buildFixtureModel, DOCUMENTS, RATINGS } from './fixture-model.js';

const CHECKS = 'https://verify.northbridge.example/checks/';

function claimOf(model: ReportModel, quoteStart: string): ReportClaim {
  const claim = model.claims.find((c) => c.quote.startsWith(quoteStart));
  if (!claim) throw new Error(`no claim quoting ${quoteStart}`);
  return claim;
}

function reviewFor(reviews: ClaimReviewLd[], model: ReportModel, quoteStart: string): ClaimReviewLd {
  const claim = claimOf(model, quoteStart);
  const review = reviews.find((r) => r.url === `${CHECKS}${claim.id}`);
  if (!review) throw new Error(`no ClaimReview for ${quoteStart}`);
  return review;
}

/** The fixture with every claim published: Done, and a rationale where it had none. */
function allPublished(model: ReportModel): ReportModel {
  return {
    ...model,
    claims: model.claims.map((c) => ({ ...c, status: 'done', rationaleText: c.rationaleText || 'Checked against the record.' })),
  };
}

/** The model with its ratings' values changed, on the scale and on each claim, as the workbench would read them. */
function onScale(model: ReportModel, ratings: Rating[]): ReportModel {
  const byId = new Map(ratings.map((r) => [r.id, r]));
  return {
    ...model,
    scale: reportScale(ratings),
    claims: model.claims.map((c) => ({ ...c, rating: c.rating ? (byId.get(c.rating.id) ?? c.rating) : null })),
  };
}

describe('which claims a ClaimReview publishes', () => {
  const model = buildFixtureModel();

  it('publishes only claims that are Done with a verdict and a rationale', () => {
    const reviews = renderClaimReview(model);
    const published = model.claims.filter((c) => c.status === 'done' && c.rating && c.rationaleText.trim());
    expect(published.length).toBeGreaterThan(0);
    expect(published.length).toBeLessThan(model.claims.filter((c) => c.rating).length);
    expect(reviews.map((r) => r.url).sort()).toEqual(published.map((c) => `${CHECKS}${c.id}`).sort());
  });

  it('says why each other claim is left out', () => {
    const base = { status: 'done', ratingId: RATINGS.false.id, rationaleText: 'Satellite images.' } as const;
    expect(claimReviewStanding(base)).toBe('publishable');
    expect(claimReviewStanding({ ...base, status: 'in_review' })).toBe('notDone');
    expect(claimReviewStanding({ ...base, status: 'unreviewed', rationaleText: '' })).toBe('notDone');
    expect(claimReviewStanding({ ...base, ratingId: null })).toBe('noVerdict');
    expect(claimReviewStanding({ ...base, rationaleText: ' \n ' })).toBe('noRationale');
  });

  it('counts what it leaves out, and says so in words', () => {
    const counts = claimReviewCounts(model.claims);
    expect(counts).toEqual({ publishable: 2, leftOut: { notDone: 5, noVerdict: 0, noRationale: 0 } });
    expect(leftOutNotice(model.claims.length, counts.leftOut)).toBe(
      '5 of 7 claims were left out of ClaimReview (5 not Done yet): only claims that are Done with a verdict and a rationale are published.',
    );
    expect(leftOutNotice(3, { notDone: 1, noVerdict: 1, noRationale: 1 })).toBe(
      '3 of 3 claims were left out of ClaimReview (1 not Done yet, 1 Done without a verdict, 1 with a verdict but no rationale): only claims that are Done with a verdict and a rationale are published.',
    );
    expect(leftOutNotice(2, { notDone: 0, noVerdict: 0, noRationale: 0 })).toBeNull();
  });
});

describe('what a ClaimReview needs from the settings', () => {
  const model = buildFixtureModel();

  it('refuses to make markup without an organisation name or a review URL pattern, and says what to set', () => {
    const noName = { ...model, organization: { ...model.organization, name: '  ' } };
    expect(claimReviewSetupProblems(noName.organization)).toEqual([expect.stringContaining('Set the organisation name in Settings')]);
    expect(() => renderClaimReview(noName)).toThrow(ClaimReviewSetupError);

    const noPattern = { ...model, organization: { name: 'Desk', url: 'https://desk.example' } };
    expect(claimReviewSetupProblems(noPattern.organization)).toEqual([
      expect.stringContaining('Set the fact-check page address in Settings (for example https://desk.example.org/checks/{claim})'),
    ]);
    expect(() => renderClaimReviewJson(noPattern)).toThrow(/fact-check page address/u);
    // An organisation URL alone never stands in for the page of a fact-check.
    expect(() => renderClaimReviewScript(noPattern)).toThrow(ClaimReviewSetupError);
    expect(claimReviewSetupProblems(model.organization)).toEqual([]);
  });

  it('gives every review the page built from the pattern, and the organisation as author', () => {
    for (const review of renderClaimReview(model)) {
      expect(review.url).toMatch(new RegExp(`^${CHECKS}[0-9a-f-]{36}$`, 'u'));
      expect(review.author).toEqual({
        '@type': 'Organization',
        name: 'Northbridge Verification Desk',
        url: 'https://verify.northbridge.example/idlib-2018',
      });
    }
  });

  it('publishes addresses as the URL standard writes them', () => {
    const encoded = {
      ...model,
      organization: {
        name: 'Northbridge',
        url: 'https://Verify.Northbridge.example/über uns'.replace(' ', '%20'),
        reviewUrlPattern: 'https://verify.northbridge.example/prüfungen?id={claim}&lang=en',
      },
    };
    const [review] = renderClaimReview(encoded);
    expect(review!.author.url).toBe('https://verify.northbridge.example/%C3%BCber%20uns');
    expect(review!.url).toMatch(/^https:\/\/verify\.northbridge\.example\/pr%C3%BCfungen\?id=[0-9a-f-]{36}&lang=en$/u);
    // The organisation URL is optional: the author is then named without one.
    const noHomepage = renderClaimReview({ ...model, organization: { ...model.organization, url: '' } });
    expect(noHomepage[0]!.author).toEqual({ '@type': 'Organization', name: 'Northbridge Verification Desk' });
  });
});

describe('renderClaimReview', () => {
  const model = allPublished(buildFixtureModel());
  const reviews = renderClaimReview(model);

  it('rates on the workbench scale, every value within best and worst', () => {
    for (const review of reviews) {
      const { ratingValue, bestRating, worstRating } = review.reviewRating;
      if (ratingValue === undefined) continue;
      expect(bestRating).toBe(6);
      expect(worstRating).toBe(1);
      expect(ratingValue).toBeGreaterThanOrEqual(worstRating!);
      expect(ratingValue).toBeLessThanOrEqual(bestRating!);
    }
    const falseReview = reviewFor(reviews, model, 'We have not withdrawn');
    expect(falseReview.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 6, worstRating: 1 });
    expect(reviewFor(reviews, model, 'the withdrawal was').reviewRating.ratingValue).toBe(6);
  });

  it('shifts a scale that starts at 0 so its worst rating is 1, keeping the order and spacing of verdicts', () => {
    const fromZero = { ...RATINGS, false: { ...RATINGS.false, ratingValue: 0 }, mostly_false: { ...RATINGS.mostly_false, ratingValue: 1 } };
    const shifted = renderClaimReview(onScale(model, Object.values(fromZero)));
    const falseRating = reviewFor(shifted, model, 'We have not withdrawn').reviewRating;
    expect(falseRating).toEqual({ '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 7, worstRating: 1 });
    expect(reviewFor(shifted, model, 'the withdrawal was').reviewRating).toMatchObject({ ratingValue: 7, bestRating: 7, worstRating: 1 });
    for (const review of shifted) expect(review.reviewRating.worstRating ?? 1).toBeGreaterThanOrEqual(1);

    const negative = Object.values(RATINGS).map((r) => ({ ...r, ratingValue: r.ratingValue === null ? null : r.ratingValue - 4 }));
    const fromMinusThree = renderClaimReview(onScale(model, negative));
    expect(reviewFor(fromMinusThree, model, 'We have not withdrawn').reviewRating).toMatchObject({
      ratingValue: 1,
      bestRating: 6,
      worstRating: 1,
    });
  });

  it('gives a scale of one value no numbers, since it says nothing a number could', () => {
    const single = Object.values(RATINGS).map((r) => ({ ...r, ratingValue: r.ratingValue === null ? null : 3 }));
    for (const review of renderClaimReview(onScale(model, single))) {
      expect(Object.keys(review.reviewRating).sort()).toEqual(['@type', 'alternateName']);
    }
  });

  it('gives an unverifiable verdict its textual rating only, with no invented number', () => {
    const review = reviewFor(reviews, model, '-30% fewer');
    expect(review.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable' });
  });

  it('reviews the statement and dates the review by the last change to the claim', () => {
    const review = reviewFor(reviews, model, 'We have not withdrawn');
    expect(review.claimReviewed).toBe('The NLF has not withdrawn any heavy weapons from the Idlib buffer zone.');
    expect(review.datePublished).toBe('2018-10-10');
  });

  it('lists every document the claim appears in and picks the earliest dated one as first appearance', () => {
    const review = reviewFor(reviews, model, 'We have not withdrawn');
    const item = review.itemReviewed;
    expect(item.appearance?.map((a) => a.url).sort()).toEqual(
      [DOCUMENTS.english.url, DOCUMENTS.persian.url, 'https://wire.example/2018/10/07/syria-idlib-weapons'].sort(),
    );
    // The wire story (7 Oct) predates the Fars story (8 Oct) and the article under review (9 Oct).
    expect(item.firstAppearance).toEqual({
      '@type': 'CreativeWork',
      url: 'https://wire.example/2018/10/07/syria-idlib-weapons',
      headline: 'Syrian rebels say heavy weapons stay in Idlib zone',
      datePublished: '2018-10-07',
    });
    expect(item.datePublished).toBe('2018-10-07');
  });

  it('uses the claim’s own document as first appearance when there is no other', () => {
    const item = reviewFor(reviews, model, 'the withdrawal was').itemReviewed;
    expect(item.appearance).toEqual([
      {
        '@type': 'CreativeWork',
        url: DOCUMENTS.english.url,
        headline: DOCUMENTS.english.title,
        datePublished: '2018-10-09',
        publisher: { '@type': 'Organization', name: 'Alwaght' },
      },
    ]);
    expect(item.firstAppearance?.url).toBe(DOCUMENTS.english.url);
  });
});

describe('who made the claim', () => {
  const model = allPublished(buildFixtureModel());
  const authorOf = (changes: Partial<ReportClaim>, quoteStart: string) => {
    const changed = { ...model, claims: model.claims.map((c) => (c.quote.startsWith(quoteStart) ? { ...c, ...changes } : c)) };
    return reviewFor(renderClaimReview(changed), changed, quoteStart).itemReviewed.author;
  };

  it('types the claimant as a person or an organisation from the source that names them', () => {
    const reviews = renderClaimReview(model);
    expect(reviewFor(reviews, model, 'We have not withdrawn').itemReviewed.author).toEqual({
      '@type': 'Person',
      name: 'NLF spokesman Naji Mustafa',
    });
    expect(reviewFor(reviews, model, 'the withdrawal was').itemReviewed.author).toEqual({
      '@type': 'Organization',
      name: 'Russian officials',
    });
    expect(reviewFor(reviews, model, 'Turkish observers').itemReviewed.author).toEqual({
      '@type': 'Organization',
      name: 'Turkish Ministry of National Defence',
    });
    expect(reviewFor(reviews, model, 'شبه‌نظامیان').itemReviewed.author).toEqual({ '@type': 'Person', name: 'منابع عربی' });
  });

  it('never types a person as the organisation that carried their words', () => {
    // A chain that ends at an agency, and a claimant the chain does not name: not TASS's kind.
    expect(authorOf({ claimant: 'Sergei Shoigu' }, 'the withdrawal was')).toEqual({ '@type': 'Person', name: 'Sergei Shoigu' });
    // The registry knows the claimant: its kind decides.
    expect(authorOf({ claimant: 'Russian Defence Ministry', claimantKind: 'official' }, 'the withdrawal was')).toEqual({
      '@type': 'Organization',
      name: 'Russian Defence Ministry',
    });
    expect(authorOf({ claimant: 'Maria Zakharova', claimantKind: 'person' }, 'Turkish observers')).toEqual({
      '@type': 'Person',
      name: 'Maria Zakharova',
    });
    // A shorter form of a hop's name ("Naji Mustafa") is that hop's source; a word inside another is not.
    expect(authorOf({ claimant: 'naji mustafa' }, 'We have not withdrawn')).toEqual({ '@type': 'Person', name: 'naji mustafa' });
    expect(authorOf({ claimant: 'Russia' }, 'the withdrawal was')).toEqual({ '@type': 'Person', name: 'Russia' });
  });

  it('falls back to the origin of the chain when no claimant was recorded', () => {
    expect(authorOf({ claimant: '' }, 'the withdrawal was')).toEqual({ '@type': 'Organization', name: 'Russian officials' });
  });
});

describe('ClaimReview text for a web page', () => {
  const hostile = '</script><script>alert(1)</script><!-- & “quoted”\u2028line';
  const base = allPublished(buildFixtureModel());
  const model = { ...base, claims: base.claims.map((c, i) => (i === 0 ? { ...c, statement: hostile } : c)) };

  it('escapes <, > and & in the JSON-LD so it cannot end a script element, and reads back unchanged', () => {
    const json = renderClaimReviewJson(model);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/u);
    expect(json).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- \\u0026');
    expect(json).toContain('\\u2028');
    const parsed = JSON.parse(json) as ClaimReviewLd[];
    expect(parsed).toEqual(renderClaimReview(model));
    expect(parsed.some((review) => review.claimReviewed === hostile)).toBe(true);
  });

  it('offers each review as a ready script block, one per page, that a browser reads as data only', () => {
    const script = renderClaimReviewScript(model);
    const reviews = renderClaimReview(model);
    const doc = new JSDOM(`<!DOCTYPE html><body>${script}</body>`).window.document;
    const blocks = [...doc.querySelectorAll('script')];
    expect(blocks).toHaveLength(reviews.length);
    expect(doc.body.children).toHaveLength(reviews.length);
    for (const [i, block] of blocks.entries()) {
      expect(block.getAttribute('type')).toBe('application/ld+json');
      expect(JSON.parse(block.textContent!)).toEqual(reviews[i]);
    }
    expect(script.match(/<!-- Fact-check \d+ of \d+: paste into the page at /gu)).toHaveLength(reviews.length);
    expect(script).toContain(`paste into the page at ${reviews[0]!.url} -->`);
  });
});
