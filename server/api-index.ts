import { z } from 'zod';

import { contract, methodNames } from '../core/api/index.js';

export interface MethodDescription {
  name: string;
  description: string;
  scope: 'any' | 'local';
  arguments: unknown;
}

/** `GET /api`: every method with its argument JSON Schema, so scripts can discover the API. */
export function describeApi(): { methods: MethodDescription[] } {
  return {
    methods: methodNames.map((name) => {
      const spec = contract[name];
      return {
        name,
        description: spec.description,
        scope: spec.scope,
        arguments: z.toJSONSchema(spec.args, { io: 'input', unrepresentable: 'any' }),
      };
    }),
  };
}
