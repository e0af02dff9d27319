import type { CategoryId } from '../catalog/index.ts';

/**
 * The six "Tätigkeitsschwerpunkte" with the headings the 2020/21 brochure prints (its table of
 * contents), and the short names of DESIGN.md §7. Reports are written in German whatever the
 * interface language, so these live in shared/ rather than in a translation file.
 */
export const CATEGORY_TITLES_DE: Record<CategoryId, { title: string; short: string }> = {
  1: {
    title: 'Erhöhung des Anteils der Beschäftigten mit Einwanderungsgeschichte',
    short: 'Beschäftigte mit Einwanderungsgeschichte',
  },
  2: {
    title:
      'Entwicklung und Durchführung von Fortbildungsangeboten für Beschäftigte zur Stärkung bzw. Förderung der interkulturellen Kompetenz',
    short: 'Fortbildung / interkulturelle Kompetenz',
  },
  3: { title: 'Förderung von Chancengerechtigkeit und Teilhabe', short: 'Chancengerechtigkeit und Teilhabe' },
  4: {
    title: 'Evaluation, Dokumentation und Kommunikation der (erfolgreichen) Umsetzung',
    short: 'Evaluation, Dokumentation, Kommunikation',
  },
  5: {
    title: 'Synergieeffekte durch Vernetzung (interkulturelle Öffnung als gesamtgesellschaftliche Aufgabe)',
    short: 'Synergien durch Vernetzung',
  },
  6: { title: 'Weitere Maßnahmen', short: 'Weitere Maßnahmen' },
};
