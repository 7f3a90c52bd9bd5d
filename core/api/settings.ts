import { z } from 'zod';

import type { Settings } from '../domain.js';
import { defineMethod, type NamespaceMethods } from './define.js';
import { typedLine } from './typed-text.js';

export const settingsSchema = z
  .object({
    reviewerName: typedLine().max(200),
    organizationName: typedLine().max(200),
    organizationUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2000)]),
    theme: z.enum(['system', 'light', 'dark']),
  })
  .strict();

export const settingsMethods = {
  'settings.get': defineMethod<Settings>()(z.object({}).strict(), 'The workbench settings.'),
  'settings.update': defineMethod<Settings>()(settingsSchema.partial(), 'Change some settings; returns all of them.'),
} satisfies NamespaceMethods<'settings'>;
