import { z } from 'zod';
import { CATEGORY_IDS, PARTNER_KINDS, REGIONS } from './categories.ts';

export const categoryIdSchema = z.union(CATEGORY_IDS.map((id) => z.literal(id)));

export const partnerSchema = z.object({
  id: z.string().min(1).max(120),
  name: z.string().min(1).max(300),
  kind: z.enum(PARTNER_KINDS),
  region: z.enum(REGIONS),
  seat: z.string().max(120),
  website: z.string().url().max(500).nullable(),
  version: z.number().int(),
});
export type Partner = z.infer<typeof partnerSchema>;

export const measureSchema = z.object({
  id: z.string().min(1).max(120),
  partnerId: z.string().min(1).max(120),
  category: categoryIdSchema,
  reportingYear: z.number().int().min(2000).max(2100),
  titleDe: z.string().min(1).max(300),
  summaryDe: z.string().max(4000),
  summaryEn: z.string().max(4000),
  figures: z.array(z.string().max(300)),
  unit: z.string().max(200).nullable(),
  sourceLine: z.number().int().nullable(),
  version: z.number().int(),
});
export type Measure = z.infer<typeof measureSchema>;
