import { z } from 'zod';
import type { Source } from '../domain.js';
import { defineMethod } from './define.js';

export const sourcesMethods = {
  'sources.list': defineMethod<Source[]>()(
    z.object({ query: z.string().max(500).optional() }).strict(),
    'Sources in the registry with their aliases, optionally filtered by name or alias.',
  ),
};
