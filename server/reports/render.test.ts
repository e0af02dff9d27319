import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkHtml } from '../../tests/tools/html-wellformed.ts';
import { docxParagraphs, readZip } from '../../tests/tools/zip-reader.ts';
import {
  CATEGORY_TITLES_DE,
  compileBrochure,
  compileReport,
  emptyDraft,
  renderReportHtml,
  type ReportDraft,
} from '../../shared/reports/index.ts';
import { fixtureEntry as entry, JUELICH } from '../../shared/reports/test-fixtures.ts';
import { CSV_COLUMNS, renderEntriesCsv } from './render-csv.ts';
import { renderBrochureDocx, renderReportDocx } from './render-docx.ts';
import { sanitizeNarrative } from './sanitize.ts';

const entries = [
  entry({
    title: 'Interkulturelles Training für Führungskräfte',
    category: 2,
    type: 'training',
    participantCount: 14,
  }),
  entry({ title: 'Begrüßungsfeier „Vielfalt“ – Straße & Plätze', category: 3, secondaryCategories: [5] }),
  entry({ title: 'Dialogreihe', category: 5, status: 'cancelled', date: '2025-11-26' }),
];
const draft: ReportDraft = {
  ...emptyDraft(),
  intro: 'Unser Jahr in Kürze.',
  narratives: {
    2: '<p>Wir haben <b>alle</b> geschult.</p><ol><li>Erstens</li><li>Zweitens</li></ol><ul><li>Punkt</li></ul>',
  },
  commitments: [
    {
      id: 'c1',
      kind: 'milestone',
      title: 'Leitbild',
      status: 'achieved',
      progress: 'Beschlossen',
      due: null,
    },
  ],
};
const model = () =>
  compileReport({ partner: JUELICH, year: 2026, entries, draft, state: 'draft', sanitizeNarrative });

describe('narrative sanitising', () => {
  it('keeps paragraphs, bold, lists and links and drops everything else', () => {
    const dirty =
      '<div onclick="x()">Text <b>fett</b> <i>kursiv</i></div><script>alert(1)</script><style>p{}</style>' +
      '<a href="javascript:alert(1)">böse</a> <a href="https://nrw.de" target="_blank" style="color:red">gut</a>' +
      '<img src=x onerror=alert(1)><ul><li>eins</li></ul><h2>Überschrift</h2>';
    expect(sanitizeNarrative(dirty)).toBe(
      '<p>Text <strong>fett</strong> kursiv</p>böse <a href="https://nrw.de">gut</a><ul><li>eins</li></ul><p>Überschrift</p>',
    );
  });
});

describe('DOCX report', () => {
  it('is an Office Open XML package whose document has the category headings, entries and totals table', async () => {
    const files = readZip(await renderReportDocx(model()));
    expect([...files.keys()]).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        '_rels/.rels',
        'word/document.xml',
        'word/numbering.xml',
      ]),
    );
    expect(files.get('[Content_Types].xml')!.toString()).toContain('wordprocessingml.document.main+xml');
    const xml = files.get('word/document.xml')!.toString('utf8');
    const paragraphs = docxParagraphs(xml);
    const headings1 = paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings1).toEqual([
      'Umsetzung der Beitrittsmodule',
      `2 ${CATEGORY_TITLES_DE[2].title}`,
      `3 ${CATEGORY_TITLES_DE[3].title}`,
      `5 ${CATEGORY_TITLES_DE[5].title}`,
      'Übersicht',
    ]);
    const text = paragraphs.map((p) => p.text).join('\n');
    for (const e of entries) expect(text).toContain(e.title);
    expect(text).toContain('26.11.2025: Dialogreihe (abgesagt).');
    expect(text).toContain('Wir haben alle geschult.');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toMatch(/<w:t[^>]*>Teilnehmende<\/w:t>/);
    expect(xml).toContain('w:pageBreakBefore');
  });

  it('says so for a year without entries', async () => {
    const empty = compileReport({ partner: JUELICH, year: 2030, entries: [], sanitizeNarrative });
    const xml = readZip(await renderReportDocx(empty))
      .get('word/document.xml')!
      .toString('utf8');
    expect(xml).toContain('Für das Berichtsjahr 2029/30 liegen keine Einträge vor.');
  });

  it('builds the brochure with one chapter heading per category and partner headings beneath', async () => {
    const brochure = compileBrochure({ year: 2026, intros: { 1: 'Einleitung eins' }, reports: [model()] });
    const paragraphs = docxParagraphs(
      readZip(await renderBrochureDocx(brochure))
        .get('word/document.xml')!
        .toString(),
    );
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toHaveLength(8);
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([
      'Stadt Jülich',
      'Stadt Jülich',
      'Stadt Jülich',
    ]);
  });
});

describe('HTML report', () => {
  it('parses without errors and carries the sanitised narrative', () => {
    const html = renderReportHtml(
      compileReport({
        partner: JUELICH,
        year: 2026,
        entries,
        draft: {
          ...draft,
          narratives: { 1: '<p>Hallo<script>alert(1)</script></p><p onclick="x">Welt</p>' },
        },
        sanitizeNarrative,
      }),
    );
    expect(checkHtml(html)).toEqual([]);
    expect(html).toContain('<div class="narrative"><p>Hallo</p><p>Welt</p></div>');
    expect(html).not.toMatch(/<script|onclick/);
  });
});

describe('CSV of entries', () => {
  it('round-trips through a CSV parser with umlauts, quotes and separators intact', () => {
    const tricky = entry({
      title: 'Sprechstunde „Ankommen“; Fragen & "Antworten"',
      note: 'Zeile eins\nZeile zwei',
      cooperationPartners: ['Caritasverband für den Kreis Unna e. V.', 'Jüdische Gemeinde haKochaw'],
      participantCount: 12,
    });
    const formula = entry({ title: '=HYPERLINK("x")', date: '2026-09-30' });
    const csv = renderEntriesCsv({
      partnerName: 'Stadt Jülich',
      year: 2026,
      yearLabel: '2025/26',
      entries: [...entries, tricky, formula, entry({ title: 'Nächstes Jahr', date: '2026-10-01' })],
      draft: { ...emptyDraft(), hiddenEntries: [entries[0]!.id] },
    });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.delimiter).toBe(';');
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(5);
    const row = parsed.data.find((r) => r.ID === tricky.id)!;
    expect(row).toMatchObject({
      Titel: tricky.title,
      Notiz: 'Zeile eins\nZeile zwei',
      Kooperationspartner: 'Caritasverband für den Kreis Unna e. V.; Jüdische Gemeinde haKochaw',
      Partnerorganisation: 'Stadt Jülich',
      Teilnehmende: '12',
      'Im Bericht': 'ja',
    });
    expect(parsed.data.find((r) => r.ID === entries[0]!.id)!['Im Bericht']).toBe('ausgeblendet');
    expect(parsed.data.find((r) => r.ID === formula.id)!.Titel).toBe(`'=HYPERLINK("x")`);
  });
});
