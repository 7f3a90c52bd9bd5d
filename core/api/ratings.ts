import { z } from 'zod';

import type { Rating } from '../domain.js';
import { HEX_COLOUR, HEX_COLOUR_MESSAGE } from '../review/colour.js';
import type { ScaleBounds } from '../review/scale.js';
import { defineMethod, type NamespaceMethods } from './define.js';
import { typedLine, typedText } from './typed-text.js';

const id = z.uuid();

/** A rating with how many claims (binned ones included) have it as their verdict. */
export interface RatingInUse extends Rating {
  claimCount: number;
}

/** The scale for ClaimReview: current ratings in order, with the values that bound it. */
export interface RatingScale extends ScaleBounds {
  ratings: Rating[];
}

export const ratingFieldsSchema = z
  .object({
    key: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_]{0,63}$/, 'must be lower-case letters, digits and underscores, starting with a letter'),
    label: typedLine().min(1, 'a rating needs a label').max(100),
    color: z
      .string()
      .regex(HEX_COLOUR, HEX_COLOUR_MESSAGE)
      .transform((c) => c.toLowerCase()),
    ratingValue: z.number().int().min(-1000).max(1000).nullable(),
    description: typedText().max(2000),
  })
  .strict();

export const ratingsMethods = {
  'ratings.list': defineMethod<RatingInUse[]>()(
    z.object({}).strict(),
    'The verdict scale in display order, archived ratings included and flagged, with how many claims use each.',
  ),
  'ratings.scale': defineMethod<RatingScale>()(
    z.object({}).strict(),
    'The current ratings and the best and worst reviewRating values, for ClaimReview exports.',
  ),
  'ratings.create': defineMethod<Rating>()(
    ratingFieldsSchema.partial({ ratingValue: true, description: true }),
    'Add a rating at the end of the scale.',
  ),
  'ratings.update': defineMethod<Rating>()(
    z.object({ id, patch: ratingFieldsSchema.partial() }).strict(),
    'Edit a rating: key, label, colour, reviewRating value or description.',
  ),
  'ratings.reorder': defineMethod<Rating[]>()(
    z
      .object({ ids: z.array(id).min(1).max(200) })
      .strict()
      .refine((r) => new Set(r.ids).size === r.ids.length, 'each rating may appear only once'),
    'Put the scale in a new order; every rating, archived ones included, must be listed.',
  ),
  'ratings.archive': defineMethod<Rating>()(
    z.object({ id, archived: z.boolean() }).strict(),
    'Retire a rating from the scale (claims keep it) or bring it back.',
  ),
  'ratings.delete': defineMethod<{ id: string }>()(
    z.object({ id }).strict(),
    'Delete a rating that no claim, binned ones included, has as its verdict; a rating in use can only be archived.',
  ),
} satisfies NamespaceMethods<'ratings'>;
