import {
  ACTIVITY_FORMATS,
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  type ActivityInput,
} from '../../shared/activities/index.ts';
import { CATEGORY_IDS, type CategoryId } from '../../shared/catalog/index.ts';
import { emptyDraft, type ReportDraft } from '../../shared/reports/index.ts';

/** Deterministic entries for the benchmark: every field used, all types, statuses and categories. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const TITLES = [
  'Interkulturelles Training für Führungskräfte',
  'Infostand zum Internationalen Tag gegen Rassismus',
  'Azubi-Speeddating mit Schulen aus dem Quartier',
  'Fachtag „Vielfalt in der Verwaltung“',
  'Sprechstunde für Eingewanderte im Jobcenter',
  'Beschäftigtenbefragung zur Einwanderungsgeschichte',
  'Netzwerktreffen der Integrationsbeauftragten',
  'Mehrsprachiger Flyer zu Ausbildungsberufen',
];
const PARTNERS = ['Integrationsrat', 'Multikulturelles Forum e. V.', 'Kommunales Integrationszentrum', 'IHK'];
const GROUPS = ['Auszubildende', 'Führungskräfte', 'Bürger*innen', 'Neu Zugewanderte'];
const LANGUAGES = ['de', 'tr', 'ar', 'uk', 'ru', 'fa'];

const pad = (n: number, width = 12) => String(n).padStart(width, '0');

export function benchEntries(partnerId: string, count: number, year: number, seed = 1): ActivityInput[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const start = Date.UTC(year - 1, 9, 1);
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(start + Math.floor(next() * 364) * 86_400_000).toISOString().slice(0, 10);
    const ranged = next() < 0.15;
    const end = ranged ? new Date(Date.parse(day) + 2 * 86_400_000).toISOString().slice(0, 10) : null;
    const category = pick(CATEGORY_IDS);
    const secondary = next() < 0.25 ? CATEGORY_IDS.filter((c) => c !== category).slice(0, 1) : [];
    return {
      id: `0193${pad(seed, 4)}-0000-7000-8000-${pad(i)}`,
      partnerId,
      date: day,
      endDate: end,
      title: `${pick(TITLES)} (${i + 1})`,
      category: category as CategoryId,
      secondaryCategories: secondary as CategoryId[],
      status: pick(ACTIVITY_STATUSES),
      type: pick(ACTIVITY_TYPES),
      format: pick(ACTIVITY_FORMATS),
      place: next() < 0.7 ? 'Rathaus, Großer Sitzungssaal' : null,
      organisingUnit: next() < 0.5 ? 'Personalentwicklung' : null,
      cooperationPartners: next() < 0.6 ? [pick(PARTNERS), pick(PARTNERS)] : [],
      targetGroups: next() < 0.7 ? [pick(GROUPS)] : [],
      participantCount: next() < 0.8 ? Math.floor(next() * 200) : null,
      sessions: next() < 0.6 ? 1 + Math.floor(next() * 6) : null,
      languages: next() < 0.4 ? ['de', pick(LANGUAGES)] : ['de'],
      fundingProgramme: next() < 0.2 ? 'KOMM-AN NRW' : null,
      links: next() < 0.1 ? ['https://www.example.org/veranstaltung'] : [],
      note: next() < 0.3 ? 'Notiz für die interne Auswertung.' : null,
    };
  });
}

export function benchDraft(): ReportDraft {
  const paragraph =
    '<p>Im Berichtsjahr hat die Organisation ihre <strong>interkulturelle Öffnung</strong> weiter vorangebracht. ' +
    'Details stehen auf <a href="https://www.example.org">unserer Seite</a>.</p>' +
    '<ul><li>Stellenanzeigen mit Vielfaltsklausel</li><li>Schulungen für alle Ausbildenden</li></ul>';
  return {
    ...emptyDraft(),
    intro: 'Ein ereignisreiches Jahr.\n\nMit vielen neuen Kooperationen.',
    narratives: Object.fromEntries(CATEGORY_IDS.map((id) => [String(id), paragraph])),
    commitments: [
      {
        id: 'c1',
        kind: 'commitment',
        title: 'Vielfaltsklausel in Stellenanzeigen',
        status: 'achieved',
        progress: 'Umgesetzt.',
        due: null,
      },
      {
        id: 'm1',
        kind: 'milestone',
        title: 'Schulung aller Führungskräfte',
        status: 'in-progress',
        progress: '60 %',
        due: `${new Date().getFullYear()}-12-31`,
      },
    ],
  };
}
