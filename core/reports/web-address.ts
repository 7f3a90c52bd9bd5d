// The web addresses a desk publishes under: its own site and the address pattern of its fact-check
// pages. Both end up in ClaimReview markup that search engines read, so they are checked when the
// settings are saved, not when a report is already on its way out.
//
// A browser forgives a lot (it turns "https://desk.example/our checks" into "…/our%20checks"), but
// an address typed with a space is almost always a typing slip, and publishing the forgiven form
// would hide it; so whitespace and control characters are refused outright, and what is published
// is the address as the URL standard writes it (percent-encoded, host in ASCII).

/** Stands for the claim's ID in a review address pattern. */
export const CLAIM_PLACEHOLDER = '{claim}';

const BLANK_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f]/u;
// Letters and digits only, so it passes through URL parsing unchanged in a host, path or query.
const MARKER = 'claimtraceclaimmarker0';

/** Why `address` cannot be the organisation's site, or null when it can. */
export function webAddressError(address: string): string | null {
  if (BLANK_OR_CONTROL.test(address)) return 'a web address cannot contain spaces or line breaks (encode a space as %20)';
  const parsed = checkHttpUrl(address);
  return 'error' in parsed ? parsed.error : null;
}

/** Why `pattern` cannot be the address pattern of fact-check pages, or null when it can. */
export function reviewUrlPatternError(pattern: string): string | null {
  if (!pattern.includes(CLAIM_PLACEHOLDER)) {
    return `put ${CLAIM_PLACEHOLDER} where the claim’s ID goes, e.g. https://desk.example.org/checks/${CLAIM_PLACEHOLDER}`;
  }
  if (BLANK_OR_CONTROL.test(pattern)) return 'a web address cannot contain spaces or line breaks (encode a space as %20)';
  const checked = checkHttpUrl(pattern.replaceAll(CLAIM_PLACEHOLDER, MARKER));
  if ('error' in checked) return checked.error;
  const parsed = checked.url;
  if (parsed.host.includes(MARKER)) return `${CLAIM_PLACEHOLDER} belongs in the page’s path or query, not in the site’s name`;
  // Every fact-check needs a page of its own; a #fragment only points into one shared page.
  if (!`${parsed.pathname}${parsed.search}`.includes(MARKER)) {
    return `${CLAIM_PLACEHOLDER} must be in the page’s path or query, not after #: each fact-check needs a page of its own`;
  }
  return null;
}

/** The address as published: normalised and percent-encoded; null when it is not a valid site address. */
export function publishedWebAddress(address: string): string | null {
  const trimmed = address.trim();
  if (!trimmed || webAddressError(trimmed)) return null;
  const checked = checkHttpUrl(trimmed);
  return 'url' in checked ? checked.url.href : null;
}

/** The fact-check page of one claim; null when the pattern is missing or invalid. */
export function reviewUrlFor(pattern: string, claimId: string): string | null {
  const trimmed = pattern.trim();
  if (!trimmed || reviewUrlPatternError(trimmed)) return null;
  const checked = checkHttpUrl(trimmed.replaceAll(CLAIM_PLACEHOLDER, encodeURIComponent(claimId)));
  return 'url' in checked ? checked.url.href : null;
}

function checkHttpUrl(text: string): { url: URL } | { error: string } {
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return { error: 'enter a full web address starting with https:// or http://' };
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) {
    return { error: 'enter a full web address starting with https:// or http://' };
  }
  // "https://user:secret@desk.example" would publish a password with every fact-check.
  if (parsed.username || parsed.password) return { error: 'leave the user name and password out of the web address' };
  return { url: parsed };
}
