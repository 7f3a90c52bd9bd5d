import { describe, expect, it } from 'vitest';

import { publishedWebAddress, reviewUrlFor, reviewUrlPatternError, webAddressError } from '../../../../core/reports/web-address.js';

const ID = '3f2b8c1d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe("the organisation's web address", () => {
  it('accepts a full http(s) address', () => {
    expect(webAddressError('https://desk.example.org')).toBeNull();
    expect(webAddressError('http://desk.example.org/about?lang=en#team')).toBeNull();
    expect(webAddressError('https://проверка.example/о-нас')).toBeNull();
  });

  it('refuses a space, a line break, another scheme, a bare name and a password, each saying why', () => {
    expect(webAddressError('https://desk.example.org/our checks')).toMatch(/cannot contain spaces/u);
    expect(webAddressError('https://desk.example.org/\nchecks')).toMatch(/cannot contain spaces or line breaks/u);
    expect(webAddressError('javascript:alert(1)')).toMatch(/starting with https:\/\/ or http:\/\//u);
    expect(webAddressError('desk.example.org')).toMatch(/full web address/u);
    expect(webAddressError('ftp://desk.example.org')).toMatch(/full web address/u);
    expect(webAddressError('https://editor:secret@desk.example.org')).toMatch(/user name and password/u);
  });

  it('is published percent-encoded, with the host in ASCII', () => {
    expect(publishedWebAddress(' https://Desk.Example.org/über ')).toBe('https://desk.example.org/%C3%BCber');
    expect(publishedWebAddress('https://проверка.example/')).toBe('https://xn--80adjurfhd.example/');
    expect(publishedWebAddress('')).toBeNull();
    expect(publishedWebAddress('https://desk.example.org/a b')).toBeNull();
  });
});

describe('the review URL pattern', () => {
  it('accepts a full address with {claim} in the path or query', () => {
    expect(reviewUrlPatternError('https://desk.example.org/checks/{claim}')).toBeNull();
    expect(reviewUrlPatternError('https://desk.example.org/check?id={claim}&lang=en')).toBeNull();
    expect(reviewUrlPatternError('https://desk.example.org/{claim}/{claim}.html')).toBeNull();
  });

  it('refuses a pattern without {claim}, or with it only in the site name or after #', () => {
    expect(reviewUrlPatternError('https://desk.example.org/checks/')).toMatch(/put \{claim\} where the claim’s ID goes/u);
    expect(reviewUrlPatternError('https://{claim}.desk.example.org/')).toMatch(/not in the site’s name/u);
    expect(reviewUrlPatternError('https://desk.example.org/checks#{claim}')).toMatch(/not after #/u);
    expect(reviewUrlPatternError('https://desk.example.org/checks/{claim} ')).toMatch(/cannot contain spaces/u);
    expect(reviewUrlPatternError('/checks/{claim}')).toMatch(/full web address/u);
  });

  it('builds each claim’s page, encoded', () => {
    expect(reviewUrlFor('https://desk.example.org/checks/{claim}', ID)).toBe(`https://desk.example.org/checks/${ID}`);
    expect(reviewUrlFor('https://desk.example.org/prüfung?id={claim}', ID)).toBe(`https://desk.example.org/pr%C3%BCfung?id=${ID}`);
    expect(reviewUrlFor('', ID)).toBeNull();
    expect(reviewUrlFor('https://desk.example.org/checks#{claim}', ID)).toBeNull();
  });
});
