import { describe, expect, it } from 'vitest';
import { checkHtml } from '../../tests/tools/html-wellformed.ts';
import { compileBrochure } from './brochure.ts';
import { compileReport } from './compile.ts';
import { emptyDraft } from './draft.ts';
import { renderBrochureHtml, renderReportHtml } from './render-html.ts';
import { fixtureEntry as entry, JUELICH, stripScripts } from './test-fixtures.ts';

const model = (entries = [entry({ title: 'Infostand' })], narratives = {}) =>
  compileReport({
    partner: JUELICH,
    year: 2026,
    entries,
    draft: { ...emptyDraft(), intro: 'Einleitung\n\nZweiter Absatz', narratives },
    state: 'submitted',
    submittedAt: '2026-10-15T09:00:00Z',
    sanitizeNarrative: stripScripts,
  });

describe('report HTML', () => {
  it('is a well-formed, print-ready document with a page break before every category', () => {
    const html = renderReportHtml(
      model([
        entry({ title: 'A', category: 1, secondaryCategories: [2] }),
        entry({ title: 'B', category: 5 }),
      ]),
    );
    expect(checkHtml(html)).toEqual([]);
    expect(html).toContain('@page { size: A4;');
    expect(html).toMatch(/\.category, \.chapter, \.totals \{ break-before: page; \}/);
    expect(html.match(/<section class="category"/g)).toHaveLength(3);
    expect(html).toContain('Eingereicht am 15.10.2026');
    expect(html).toContain('<p>Einleitung</p>\n<p>Zweiter Absatz</p>');
  });

  it('escapes every text from entries and names', () => {
    const html = renderReportHtml(
      model([
        entry({
          title: '<script>alert("x")</script> & Co',
          links: ['javascript:alert(1)', 'https://a.de/?x=1&y=2'],
        }),
      ]),
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('href="https://a.de/?x=1&amp;y=2"');
    expect(checkHtml(html)).toEqual([]);
  });

  it('says so for a year without entries instead of printing empty chapters', () => {
    const html = renderReportHtml(
      compileReport({ partner: JUELICH, year: 2026, entries: [], sanitizeNarrative: stripScripts }),
    );
    expect(html).toContain('Für das Berichtsjahr 2025/26 liegen keine Einträge vor.');
    expect(html).not.toContain('<section class="category"');
    expect(checkHtml(html)).toEqual([]);
  });
});

describe('brochure HTML', () => {
  it('orders chapters by category and partners alphabetically within each', () => {
    const duisburg = compileReport({
      partner: { id: 'stadt-duisburg', name: 'Stadt Duisburg' },
      year: 2026,
      entries: [entry({ partnerId: 'stadt-duisburg', title: 'Seminar Duisburg', category: 2 })],
      sanitizeNarrative: stripScripts,
    });
    const juelich = model([
      entry({ title: 'Seminar Jülich', category: 2 }),
      entry({ title: 'Stand', category: 3 }),
    ]);
    const brochure = compileBrochure({
      year: 2026,
      intros: { 2: 'Einführung in Kapitel 2' },
      reports: [juelich, duisburg],
    });
    expect(brochure.chapters[1]!.partners.map((p) => p.partnerName)).toEqual([
      'Stadt Duisburg',
      'Stadt Jülich',
    ]);
    expect(brochure.chapters[2]!.partners.map((p) => p.partnerName)).toEqual(['Stadt Jülich']);
    expect(brochure.totals.entries).toBe(3);
    const html = renderBrochureHtml(brochure);
    expect(checkHtml(html)).toEqual([]);
    expect(html.indexOf('Seminar Duisburg')).toBeLessThan(html.indexOf('Seminar Jülich'));
    expect(html).toContain('<p>Einführung in Kapitel 2</p>');
  });
});
