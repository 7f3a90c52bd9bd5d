import { z } from 'zod';

import type { HistoryEvent } from '../domain.js';
import { defineMethod, type NamespaceMethods } from './define.js';

export const historyMethods = {
  'history.forClaim': defineMethod<HistoryEvent[]>()(
    z.object({ claimId: z.uuid() }).strict(),
    'Every recorded change to a claim, its chain, verdict, rationale and evidence, newest first.',
  ),
} satisfies NamespaceMethods<'history'>;
