import { z } from 'zod/mini';
import { CATEGORY_IDS, PARTNER_KINDS, REGIONS } from './categories.ts';

// zod/mini: the same schemas as classic zod, but tree-shakeable, which keeps the app's initial JS small.
const text = (max: number, min = 0) => z.string().check(z.minLength(min), z.maxLength(max));
const id = text(120, 1);

export const categoryIdSchema = z.union(CATEGORY_IDS.map((category) => z.literal(category)));

export const partnerSchema = z.object({
  id,
  name: text(300, 1),
  kind: z.enum(PARTNER_KINDS),
  region: z.enum(REGIONS),
  seat: text(120),
  website: z.nullable(z.url().check(z.maxLength(500))),
  version: z.int(),
});
export type Partner = z.infer<typeof partnerSchema>;

export const measureSchema = z.object({
  id,
  partnerId: id,
  category: categoryIdSchema,
  reportingYear: z.int().check(z.minimum(2000), z.maximum(2100)),
  titleDe: text(300, 1),
  summaryDe: text(4000),
  summaryEn: text(4000),
  figures: z.array(text(300)),
  unit: z.nullable(text(200)),
  sourceLine: z.nullable(z.int()),
  version: z.int(),
});
export type Measure = z.infer<typeof measureSchema>;
