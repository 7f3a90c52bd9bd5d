import { describe, expect, it } from 'vitest';

import { createDispatch } from '../../../../core/api/dispatch.js';
import type { Handlers } from '../../../../core/api/index.js';
import { settingsSchema } from '../../../../core/api/settings.js';

const patch = settingsSchema.partial();

describe('settings', () => {
  it('refuses an organisation URL with a space instead of publishing it unencoded', async () => {
    const dispatch = createDispatch({ 'settings.update': (args: unknown) => args } as unknown as Handlers);
    expect(await dispatch('settings.update', { organizationUrl: 'https://desk.example.org/our checks' })).toEqual({
      ok: false,
      error: {
        code: 'invalid_arguments',
        message:
          'Invalid arguments for "settings.update": organizationUrl: a web address cannot contain spaces or line breaks (encode a space as %20)',
      },
    });
    expect(patch.safeParse({ organizationUrl: 'desk.example.org' }).success).toBe(false);
    expect(patch.parse({ organizationUrl: ' https://desk.example.org ' })).toEqual({ organizationUrl: 'https://desk.example.org' });
    expect(patch.parse({ organizationUrl: '' })).toEqual({ organizationUrl: '' });
  });

  it('takes a review URL pattern only when it is a full http(s) address with {claim} in the page’s path or query', () => {
    expect(patch.parse({ reviewUrlPattern: 'https://desk.example.org/checks/{claim}' })).toEqual({
      reviewUrlPattern: 'https://desk.example.org/checks/{claim}',
    });
    expect(patch.parse({ reviewUrlPattern: '' })).toEqual({ reviewUrlPattern: '' });
    const refused = (value: string) => patch.safeParse({ reviewUrlPattern: value }).error?.issues[0]?.message;
    expect(refused('https://desk.example.org/checks/')).toMatch(/put \{claim\} where the claim’s ID goes/u);
    expect(refused('https://desk.example.org/#{claim}')).toMatch(/not after #/u);
    expect(refused('ftp://desk.example.org/{claim}')).toMatch(/starting with https:\/\//u);
    expect(refused('https://desk.example.org/my checks/{claim}')).toMatch(/cannot contain spaces/u);
  });
});
