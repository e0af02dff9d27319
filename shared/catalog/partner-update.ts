import { z } from 'zod/mini';
import { cleanText, requiredText } from '../text.ts';
import { PARTNER_KINDS, REGIONS } from './categories.ts';

/** An admin's edit of a partner (issue 5): every field optional; `website: null` removes it. */
export const partnerUpdateSchema = z.object({
  name: z.optional(requiredText(300)),
  kind: z.optional(z.enum(PARTNER_KINDS, { error: 'invalid' })),
  region: z.optional(z.enum(REGIONS, { error: 'invalid' })),
  seat: z.optional(cleanText(120)),
  website: z.optional(
    z.nullable(
      z
        .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'invalid_url' })
        .check(z.maxLength(500, { error: 'too_long' })),
    ),
  ),
});
export type PartnerUpdate = z.infer<typeof partnerUpdateSchema>;
