import { describe, expect, it } from 'vitest';

import { type ClaimReviewLd, renderClaimReview, renderClaimReviewJson } from '../../../../core/reports/claim-review.js';
import type { ReportModel } from '../../../../core/reports/model.js';
import { buildFixtureModel, DOCUMENTS } from './fixture-model.js';

function reviewFor(reviews: ClaimReviewLd[], model: ReportModel, quoteStart: string): ClaimReviewLd {
  const claim = model.claims.find((c) => c.quote.startsWith(quoteStart))!;
  const review = reviews.find((r) => r.url?.endsWith(`#claim-${claim.id}`));
  if (!review) throw new Error(`no ClaimReview for ${quoteStart}`);
  return review;
}

describe('renderClaimReview', () => {
  const model = buildFixtureModel();
  const reviews = renderClaimReview(model);

  it('emits one ClaimReview per claim with a verdict and none for unrated claims', () => {
    const rated = model.claims.filter((c) => c.rating);
    expect(reviews).toHaveLength(rated.length);
    expect(reviews.map((r) => r.url).sort()).toEqual(
      rated.map((c) => `https://verify.northbridge.example/idlib-2018#claim-${c.id}`).sort(),
    );
    for (const review of reviews) {
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
      expect(review.author).toEqual({
        '@type': 'Organization',
        name: 'Northbridge Verification Desk',
        url: 'https://verify.northbridge.example/idlib-2018',
      });
    }
  });

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
      { '@type': 'CreativeWork', url: DOCUMENTS.english.url, headline: DOCUMENTS.english.title, datePublished: '2018-10-09' },
    ]);
    expect(item.firstAppearance?.url).toBe(DOCUMENTS.english.url);
  });

  it('types the claimant as a person or an organisation from the source that names them', () => {
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

  it('falls back to the origin of the chain when no claimant was recorded', () => {
    const noClaimant = { ...model, claims: model.claims.map((c) => ({ ...c, claimant: '' })) };
    const review = reviewFor(renderClaimReview(noClaimant), noClaimant, 'the withdrawal was');
    expect(review.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Russian officials' });
  });

  it('leaves out URLs rather than inventing them when no organisation URL is configured', () => {
    const noUrl = { ...model, organization: { name: 'Desk', url: '' } };
    for (const review of renderClaimReview(noUrl)) {
      expect(review.url).toBeUndefined();
      expect(review.author).toEqual({ '@type': 'Organization', name: 'Desk' });
    }
  });

  it('serialises as a JSON-LD array', () => {
    expect(JSON.parse(renderClaimReviewJson(model))).toEqual(reviews);
  });
});
