import { describe, expect, it } from 'vitest';
import { compileReport, entryInYear } from './compile.ts';
import { emptyDraft, type ReportDraft } from './draft.ts';
import { fixtureEntry as entry, JUELICH, stripScripts } from './test-fixtures.ts';

const compile = (entries: ReturnType<typeof entry>[], draft?: Partial<ReportDraft>, year = 2026) =>
  compileReport({
    partner: JUELICH,
    year,
    entries,
    draft: { ...emptyDraft(), ...draft },
    sanitizeNarrative: stripScripts,
  });

const section = (model: ReturnType<typeof compile>, id: number) => model.categories.find((c) => c.id === id)!;

describe('report compiler: grouping and ordering', () => {
  it('groups a category by type in a fixed order and orders each group by date, then title', () => {
    const model = compile([
      entry({ title: 'Später', type: 'training', date: '2026-05-02' }),
      entry({ title: 'Infostand', type: 'event', date: '2026-03-21' }),
      entry({ title: 'Beta', type: 'training', date: '2026-01-10' }),
      entry({ title: 'Alpha', type: 'training', date: '2026-01-10' }),
      entry({ title: 'Ohne Art', type: null, date: '2025-11-01' }),
    ]);
    const groups = section(model, 3).groups;
    expect(groups.map((g) => g.heading)).toEqual([
      'Fortbildungen und Schulungen',
      'Veranstaltungen',
      'Weitere Aktivitäten',
    ]);
    expect(groups[0]!.entries.map((e) => e.title)).toEqual(['Alpha', 'Beta', 'Später']);
  });

  it('leaves out entries of other partners', () => {
    const model = compile([entry({ partnerId: 'stadt-duisburg' })]);
    expect(model.totals.entries).toBe(0);
  });
});

describe('report compiler: wording', () => {
  it('writes a held activity with all its facts as one German line', () => {
    const model = compile([
      entry({
        title: 'Infostand zum Internationalen Tag gegen Rassismus',
        format: 'in-person',
        place: 'Jülich, Marktplatz',
        cooperationPartners: ['Integrationsrat', 'Multikulturelles Forum e. V.'],
        targetGroups: ['Bürger*innen'],
        participantCount: 1200,
        sessions: 1,
        languages: ['de', 'ar', 'tr'],
      }),
    ]);
    expect(section(model, 3).groups[0]!.entries[0]!.text).toBe(
      '21.03.2026: Infostand zum Internationalen Tag gegen Rassismus – in Präsenz, Jülich, Marktplatz; ' +
        'Kooperation: Integrationsrat und Multikulturelles Forum e. V.; Zielgruppe: Bürger*innen; ' +
        'Sprachen: Deutsch, Arabisch und Türkisch; 1 Termin, 1.200 Teilnehmende.',
    );
  });

  it('reports cancelled and postponed activities as such, with their counts as planned', () => {
    const model = compile([
      entry({
        title: 'Dialogreihe mit muslimischen Vereinen',
        date: '2025-11-26',
        status: 'cancelled',
        participantCount: 40,
      }),
      entry({ title: 'Generationentag', date: '2026-06-01', status: 'postponed', format: 'online' }),
      entry({ title: 'Fachtag', date: '2026-09-01', status: 'planned', sessions: 2 }),
      entry({
        title: 'Mentoring',
        date: '2025-10-01',
        endDate: '2026-09-30',
        status: 'ongoing',
        participantCount: 9,
      }),
    ]);
    const texts = section(model, 3).groups[0]!.entries.map((e) => e.text);
    expect(texts).toEqual([
      '01.10.2025–30.09.2026: Mentoring (laufend) – 9 Teilnehmende.',
      '26.11.2025: Dialogreihe mit muslimischen Vereinen (abgesagt) – geplant: 40 Teilnehmende.',
      '01.06.2026: Generationentag (verschoben) – online.',
      '01.09.2026: Fachtag (geplant) – geplant: 2 Termine.',
    ]);
  });

  it('writes a date range and does not double a title’s own full stop', () => {
    const model = compile([entry({ title: 'Wir sind NRW!', date: '2026-04-15', endDate: '2026-04-17' })]);
    expect(section(model, 3).groups[0]!.entries[0]!.text).toBe('15.–17.04.2026: Wir sind NRW!');
  });
});

describe('report compiler: totals', () => {
  it('counts every printed entry but participants and sessions only of activities that took place', () => {
    const model = compile([
      entry({ participantCount: 20, sessions: 2 }),
      entry({ participantCount: 30, sessions: 1, status: 'ongoing' }),
      entry({ participantCount: 500, sessions: 5, status: 'cancelled' }),
      entry({ category: 2, participantCount: 7, sessions: null }),
    ]);
    expect(section(model, 3).totals).toEqual({ entries: 3, held: 2, participants: 50, sessions: 3 });
    expect(section(model, 2).totals).toEqual({ entries: 1, held: 1, participants: 7, sessions: 0 });
    expect(model.totals).toEqual({ entries: 4, held: 3, participants: 57, sessions: 3 });
  });
});

describe('report compiler: secondary categories, hidden and moved entries', () => {
  it('prints an entry once in its primary category and refers to it from the secondary ones', () => {
    const shared = entry({
      title: 'Azubi-Speeddating',
      category: 1,
      secondaryCategories: [3, 5],
      participantCount: 25,
    });
    const model = compile([shared]);
    expect(
      section(model, 1)
        .groups.flatMap((g) => g.entries)
        .map((e) => e.id),
    ).toEqual([shared.id]);
    for (const id of [3, 5]) {
      expect(section(model, id).groups).toEqual([]);
      expect(section(model, id).references).toEqual([
        expect.objectContaining({
          entryId: shared.id,
          printedIn: 1,
          text: '21.03.2026: Azubi-Speeddating – siehe Schwerpunkt 1 „Beschäftigte mit Einwanderungsgeschichte“',
        }),
      ]);
      expect(section(model, id).empty).toBe(false);
    }
    expect(model.totals.participants).toBe(25);
    expect(model.totals.entries).toBe(1);
  });

  it('leaves hidden entries out entirely and prints moved ones under their new category', () => {
    const hidden = entry({ title: 'Intern', secondaryCategories: [4] });
    const moved = entry({ title: 'Verschoben nach 2', category: 3, secondaryCategories: [2, 6] });
    const model = compile([hidden, moved], { hiddenEntries: [hidden.id], movedEntries: { [moved.id]: 2 } });
    expect(model.hiddenCount).toBe(1);
    expect(section(model, 4).references).toEqual([]);
    expect(section(model, 3).groups).toEqual([]);
    const printed = section(model, 2).groups[0]!.entries[0]!;
    expect(printed).toMatchObject({ id: moved.id, movedFrom: 3 });
    expect(section(model, 6).references[0]!.printedIn).toBe(2);
    expect(section(model, 2).references).toEqual([]);
  });
});

describe('report compiler: reporting year boundary', () => {
  it('puts 30 September into the ending year and 1 October into the next', () => {
    const last = entry({ title: 'Letzter Tag', date: '2026-09-30' });
    const first = entry({ title: 'Erster Tag', date: '2026-10-01' });
    const before = entry({ title: 'Vorjahr', date: '2025-09-30' });
    expect(compile([last, first, before], {}, 2026).totals.entries).toBe(1);
    expect(section(compile([last, first, before], {}, 2027), 3).groups[0]!.entries[0]!.title).toBe(
      'Erster Tag',
    );
    expect(entryInYear(before, 2025)).toBe(true);
  });

  it('reports a range across the boundary in both years', () => {
    const across = entry({ date: '2026-09-28', endDate: '2026-10-02' });
    expect(compile([across], {}, 2026).totals.entries).toBe(1);
    expect(compile([across], {}, 2027).totals.entries).toBe(1);
    expect(compile([across], {}, 2028).totals.entries).toBe(0);
  });
});

describe('report compiler: narrative, intro and an empty year', () => {
  it('says so when a year has nothing to report', () => {
    const model = compile([], {}, 2026);
    expect(model.empty).toBe(true);
    expect(model.emptyText).toBe('Für das Berichtsjahr 2025/26 liegen keine Einträge vor.');
    expect(model.periodText).toBe('01.10.2025 – 30.09.2026');
    expect(model.categories.every((c) => c.empty)).toBe(true);
  });

  it('passes every narrative through the sanitiser and counts a category with only a narrative as filled', () => {
    const model = compile([], { narratives: { 4: '<p>Befragung</p><script>alert(1)</script>' } });
    expect(section(model, 4).narrative).toBe('<p>Befragung</p>');
    expect(section(model, 4).empty).toBe(false);
    expect(model.empty).toBe(false);
  });

  it('treats a narrative of empty paragraphs as no narrative', () => {
    const model = compile([], { narratives: { 1: '<p>&nbsp;</p>' } });
    expect(section(model, 1).narrative).toBe('');
    expect(model.empty).toBe(true);
  });

  it('separates commitments from milestones', () => {
    const model = compile([], {
      commitments: [
        {
          id: 'a',
          kind: 'commitment',
          title: 'Stellenausschreibungen',
          status: 'achieved',
          progress: '',
          due: null,
        },
        {
          id: 'b',
          kind: 'milestone',
          title: 'Schulung aller Führungskräfte',
          status: 'in-progress',
          progress: '',
          due: '2026-12-31',
        },
      ],
    });
    expect(model.commitments.map((c) => c.id)).toEqual(['a']);
    expect(model.milestones.map((c) => c.id)).toEqual(['b']);
  });
});
