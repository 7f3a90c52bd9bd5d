import { z } from 'zod';

import type { Settings } from '../domain.js';
import { reviewUrlPatternError, webAddressError } from '../reports/web-address.js';
import { defineMethod, type NamespaceMethods } from './define.js';
import { typedLine } from './typed-text.js';

/** A web address setting: empty, or what `problem` finds nothing wrong with (spaces at the ends dropped). */
function webAddressSetting(problem: (value: string) => string | null) {
  return z
    .string()
    .trim()
    .max(2000)
    .superRefine((value, context) => {
      const error = value === '' ? null : problem(value);
      if (error) context.addIssue({ code: 'custom', message: error });
    });
}

export const settingsSchema = z
  .object({
    reviewerName: typedLine().max(200),
    organizationName: typedLine().max(200),
    organizationUrl: webAddressSetting(webAddressError),
    reviewUrlPattern: webAddressSetting(reviewUrlPatternError),
    theme: z.enum(['system', 'light', 'dark']),
  })
  .strict();

export const settingsMethods = {
  'settings.get': defineMethod<Settings>()(z.object({}).strict(), 'The workbench settings.'),
  'settings.update': defineMethod<Settings>()(
    settingsSchema.partial(),
    'Change some settings; returns all of them. reviewUrlPattern is where each fact-check is published, with {claim} for the claim ID.',
  ),
} satisfies NamespaceMethods<'settings'>;
