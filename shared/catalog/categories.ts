/** The six "Tätigkeitsschwerpunkte" of the partner network, in brochure order. */
export const CATEGORY_IDS = [1, 2, 3, 4, 5, 6] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'number' && (CATEGORY_IDS as readonly number[]).includes(value);
}

export const PARTNER_KINDS = [
  'state-authority',
  'municipality',
  'district',
  'regional-association',
  'jobcenter',
  'police',
  'welfare-association',
  'chamber-or-business-association',
  'cultural-association',
  'public-company',
  'broadcaster',
  'other',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** Government regions of NRW plus partners that act state-wide. */
export const REGIONS = ['nrw', 'arnsberg', 'detmold', 'duesseldorf', 'koeln', 'muenster'] as const;
export type Region = (typeof REGIONS)[number];
