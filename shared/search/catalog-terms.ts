import type { CategoryId, PartnerKind, Region } from '../catalog/index.ts';

/**
 * Searchable words for the catalog's codes, German and English, so that "Fortbildung" finds the
 * measures of category 2 and "Polizei" the police partners even where their own text does not say so.
 * Display labels live in the translations; these only feed the search index.
 */
export const CATEGORY_SEARCH_TEXT: Record<CategoryId, string> = {
  1: 'Beschäftigte mit Einwanderungsgeschichte Personalgewinnung staff immigration history',
  2: 'Fortbildung interkulturelle Kompetenz Qualifizierung training intercultural competence',
  3: 'Chancengerechtigkeit Teilhabe equal opportunities participation',
  4: 'Evaluation Dokumentation Kommunikation evaluation documentation communication',
  5: 'Synergien Vernetzung Kooperation synergies networking',
  6: 'Weitere Maßnahmen further measures',
};

export const KIND_SEARCH_TEXT: Record<PartnerKind, string> = {
  'state-authority': 'Landesbehörde Bezirksregierung Ministerium state authority',
  municipality: 'Stadt Kommune Gemeinde city municipality',
  district: 'Kreis district',
  'regional-association': 'Landschaftsverband regional association',
  jobcenter: 'Jobcenter jobcentre',
  police: 'Polizei police',
  'welfare-association': 'Wohlfahrtsverband welfare association',
  'chamber-or-business-association': 'Kammer Wirtschaftsverband chamber business association',
  'cultural-association': 'Kulturverband Musikverband Sportverband cultural association',
  'public-company': 'öffentliches Unternehmen public company',
  broadcaster: 'Rundfunk Sender broadcaster',
  other: '',
};

export const REGION_SEARCH_TEXT: Record<Region, string> = {
  nrw: 'landesweit Nordrhein-Westfalen NRW',
  arnsberg: 'Arnsberg',
  detmold: 'Detmold',
  duesseldorf: 'Düsseldorf',
  koeln: 'Köln Cologne',
  muenster: 'Münster',
};
