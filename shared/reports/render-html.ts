import type { BrochureModel } from './brochure.ts';
import { COMMITMENT_KIND_DE, COMMITMENT_STATUS_DE, type Commitment, type ReportState } from './draft.ts';
import { dateDe, numberDe } from './german-format.ts';
import { REPORT_CSS } from './html-styles.ts';
import type { ReportCategorySection, ReportEntry, ReportModel, ReportTotals } from './model.ts';

/**
 * HTML for print (A4) and preview. Every text is escaped; narratives are inserted as they are and
 * must therefore have been sanitised before they reached the model (the compiler requires it).
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const SAFE_LINK = /^(https?:|mailto:)/i;
export const NETWORK_NAME = 'Erfolgsfaktor Interkulturelle Öffnung – NRW stärkt Vielfalt!';

export const STATE_LABELS_DE: Record<ReportState, string> = {
  'not-started': 'Entwurf (noch nicht begonnen)',
  draft: 'Entwurf',
  submitted: 'Eingereicht',
  reopened: 'Wieder geöffnet (Entwurf)',
};

/** Plain text with blank-line paragraphs → <p> elements. */
export function paragraphsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

function entryHtml(entry: ReportEntry): string {
  const status = entry.statusText ? ` <span class="status">(${escapeHtml(entry.statusText)})</span>` : '';
  const details = entry.details ? ` – ${escapeHtml(entry.details)}` : '';
  const links = entry.links
    .filter((link) => SAFE_LINK.test(link))
    .map((link) => ` <a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`)
    .join('');
  const tail = entry.details || (entry.statusText ? ')' : entry.title);
  const end = /[.!?…]$/.test(tail) ? '' : '.';
  return `<li><strong>${escapeHtml(entry.dateText)}</strong>: ${escapeHtml(entry.title)}${status}${details}${end}${links}</li>`;
}

/** A category's body: narrative, entries by type, "siehe auch" references. Headings start at `level`. */
export function sectionBodyHtml(section: ReportCategorySection, level: number): string {
  const parts: string[] = [];
  if (section.narrative) parts.push(`<div class="narrative">${section.narrative}</div>`);
  for (const group of section.groups) {
    parts.push(`<h${level}>${escapeHtml(group.heading)}</h${level}>`);
    parts.push(`<ul class="entries">${group.entries.map(entryHtml).join('')}</ul>`);
  }
  if (section.references.length) {
    parts.push(`<h${level}>Siehe auch</h${level}>`);
    parts.push(
      `<ul class="entries see-also">${section.references.map((ref) => `<li>${escapeHtml(ref.text)}.</li>`).join('')}</ul>`,
    );
  }
  return parts.join('\n');
}

export function totalsTableHtml(
  caption: string,
  rows: { label: string; totals: ReportTotals }[],
  sum: ReportTotals,
): string {
  const cells = (t: ReportTotals) =>
    [t.entries, t.held, t.participants, t.sessions]
      .map((n) => `<td class="num">${numberDe(n)}</td>`)
      .join('');
  return `<table><caption>${escapeHtml(caption)}</caption>
<thead><tr><th scope="col">Schwerpunkt</th><th scope="col" class="num">Einträge</th><th scope="col" class="num">durchgeführt</th><th scope="col" class="num">Teilnehmende</th><th scope="col" class="num">Termine</th></tr></thead>
<tbody>${rows.map((row) => `<tr><th scope="row">${escapeHtml(row.label)}</th>${cells(row.totals)}</tr>`).join('')}</tbody>
<tfoot><tr><th scope="row">Gesamt</th>${cells(sum)}</tr></tfoot></table>
<p class="meta">Teilnehmende und Termine zählen nur durchgeführte und laufende Aktivitäten.</p>`;
}

function commitmentsHtml(title: string, items: Commitment[]): string {
  if (!items.length) return '';
  const rows = items
    .map(
      (item) =>
        `<tr><td>${escapeHtml(item.title)}</td><td>${escapeHtml(COMMITMENT_STATUS_DE[item.status])}</td>` +
        `<td>${item.due ? escapeHtml(dateDe(item.due)) : ''}</td><td>${escapeHtml(item.progress)}</td></tr>`,
    )
    .join('');
  return `<table><caption>${escapeHtml(title)}</caption>
<thead><tr><th scope="col">Vorhaben</th><th scope="col">Stand</th><th scope="col">Ziel</th><th scope="col">Fortschritt im Berichtsjahr</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

function documentHtml(title: string, body: string): string {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export function reportTitle(model: Pick<ReportModel, 'yearLabel' | 'partnerName'>): string {
  return `Statusbericht ${model.yearLabel} – ${model.partnerName}`;
}

/** "brochure-2020-21" → "Übernommen aus der Partnerbroschüre 2020/21"; null for reports written in the app. */
export function sourceNote(source: string): string | null {
  const match = /^brochure-(\d{4})-(\d{2})$/.exec(source);
  return match ? `Übernommen aus der Partnerbroschüre ${match[1]}/${match[2]}` : null;
}

export function stateLine(model: Pick<ReportModel, 'state' | 'submittedAt' | 'source'>): string {
  const label = STATE_LABELS_DE[model.state];
  const line =
    model.state === 'submitted' && model.submittedAt
      ? `${label} am ${dateDe(model.submittedAt.slice(0, 10))}`
      : label;
  const note = sourceNote(model.source);
  return note ? `${line} · ${note}` : line;
}

/** One partner's status report as a complete, print-ready HTML document. */
export function renderReportHtml(model: ReportModel): string {
  const parts: string[] = [
    `<header class="cover">
<p class="kicker">${escapeHtml(NETWORK_NAME)}</p>
<h1>Statusbericht ${escapeHtml(model.yearLabel)}</h1>
<p class="meta"><strong>${escapeHtml(model.partnerName)}</strong></p>
<p class="meta">Berichtszeitraum ${escapeHtml(model.periodText)}</p>
<p class="meta"><span class="state">${escapeHtml(stateLine(model))}</span></p>
</header>`,
  ];
  if (model.intro) parts.push(`<section class="intro">${paragraphsHtml(model.intro)}</section>`);
  if (model.commitments.length || model.milestones.length) {
    parts.push(
      `<section class="commitments"><h2>Umsetzung der Beitrittsmodule</h2>${commitmentsHtml(COMMITMENT_KIND_DE.commitment.many, model.commitments)}${commitmentsHtml(COMMITMENT_KIND_DE.milestone.many, model.milestones)}</section>`,
    );
  }
  if (model.empty) parts.push(`<p class="empty">${escapeHtml(model.emptyText)}</p>`);
  for (const section of model.categories.filter((category) => !category.empty)) {
    parts.push(
      `<section class="category" id="schwerpunkt-${section.id}">
<h2>${section.id} ${escapeHtml(section.title)}</h2>
${sectionBodyHtml(section, 3)}
</section>`,
    );
  }
  const without = model.categories.filter((category) => category.empty);
  if (without.length && !model.empty) {
    parts.push(
      `<p class="empty">Ohne Einträge in diesem Berichtsjahr: ${without.map((c) => escapeHtml(`${c.id} ${c.short}`)).join(' · ')}</p>`,
    );
  }
  parts.push(
    `<section class="totals"><h2>Übersicht</h2>${totalsTableHtml(
      `Einträge je Schwerpunkt, Berichtsjahr ${model.yearLabel}`,
      model.categories.map((c) => ({ label: `${c.id} ${c.short}`, totals: c.totals })),
      model.totals,
    )}</section>`,
  );
  return documentHtml(reportTitle(model), parts.join('\n'));
}

/** The ministry's brochure: chapters by category, partners alphabetically within each. */
export function renderBrochureHtml(model: BrochureModel): string {
  const parts: string[] = [
    `<header class="cover">
<p class="kicker">${escapeHtml(NETWORK_NAME)}</p>
<h1>Partnerbroschüre ${escapeHtml(model.yearLabel)}</h1>
<p class="meta">Berichtszeitraum ${escapeHtml(model.periodText)} · ${numberDe(model.partners.length)} Partnerorganisationen</p>
</header>
<nav class="toc" aria-label="Inhalt"><h2>Inhalt</h2><ol>${model.chapters
      .map((c) => `<li><a href="#schwerpunkt-${c.id}">${escapeHtml(c.title)}</a></li>`)
      .join('')}</ol></nav>`,
  ];
  for (const chapter of model.chapters) {
    const partners = chapter.partners.length
      ? chapter.partners
          .map(
            (p) =>
              `<article><h3>${escapeHtml(p.partnerName)}</h3>\n${sectionBodyHtml(p.section, 4)}</article>`,
          )
          .join('\n')
      : '<p class="empty">In diesem Schwerpunkt liegen keine Berichte vor.</p>';
    parts.push(
      `<section class="chapter" id="schwerpunkt-${chapter.id}">
<h2>${chapter.id} ${escapeHtml(chapter.title)}</h2>
${paragraphsHtml(chapter.intro)}
${partners}
</section>`,
    );
  }
  parts.push(
    `<section class="totals"><h2>Übersicht</h2>${totalsTableHtml(
      `Einträge je Schwerpunkt, Berichtsjahr ${model.yearLabel}`,
      model.chapters.map((c) => ({ label: `${c.id} ${c.short}`, totals: c.totals })),
      model.totals,
    )}</section>`,
  );
  return documentHtml(`Partnerbroschüre ${model.yearLabel}`, parts.join('\n'));
}
