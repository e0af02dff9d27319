import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type FileChild,
} from 'docx';
import {
  COMMITMENT_KIND_DE,
  COMMITMENT_STATUS_DE,
  dateDe,
  NETWORK_NAME,
  numberDe,
  reportTitle,
  stateLine,
  type BrochureModel,
  type Commitment,
  type ReportModel,
} from '../../shared/reports/index.ts';
import {
  heading,
  ListCounter,
  NUMBERING,
  PARAGRAPH_STYLES,
  plainTable,
  sectionParagraphs,
  totalsTable,
} from './docx-parts.ts';

/** Word documents (Office Open XML) of a report and of the brochure, built with the `docx` library. */
const A4 = { width: 11906, height: 16838 };
const MARGINS = { top: 1134, bottom: 1247, left: 1021, right: 1021 };

const plainParagraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => new Paragraph({ text: part.replace(/\s*\n\s*/g, ' '), spacing: { after: 120 } }));

function document(title: string, children: FileChild[]): Document {
  return new Document({
    title,
    creator: 'Vielfalt NRW',
    description: NETWORK_NAME,
    numbering: NUMBERING,
    styles: {
      paragraphStyles: PARAGRAPH_STYLES,
      default: {
        document: { run: { font: 'Arial', size: 21, language: { value: 'de-DE' } } },
        heading1: {
          run: { font: 'Arial', size: 30, bold: true, color: '073F33' },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading2: {
          run: { font: 'Arial', size: 25, bold: true, color: '073F33' },
          paragraph: { spacing: { before: 200, after: 100 } },
        },
        heading3: {
          run: { font: 'Arial', size: 22, bold: true },
          paragraph: { spacing: { before: 160, after: 80 } },
        },
        heading4: {
          run: { font: 'Arial', size: 21, bold: true, italics: true },
          paragraph: { spacing: { before: 120, after: 60 } },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGINS } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [`${title} · Seite `, PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES],
                    size: 16,
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

function cover(kicker: string, title: string, lines: string[]): Paragraph[] {
  return [
    new Paragraph({ children: [new TextRun({ text: kicker, bold: true, color: '0B5C4A' })] }),
    new Paragraph({ text: title, heading: 'Title' }),
    // The last cover line keeps a gap to what follows (the introduction).
    ...lines.map(
      (line, i) => new Paragraph({ text: line, spacing: { after: i === lines.length - 1 ? 360 : 60 } }),
    ),
  ];
}

function commitmentsTable(title: string, items: Commitment[]): FileChild[] {
  if (!items.length) return [];
  return [
    heading(title, 2),
    plainTable(
      ['Vorhaben', 'Stand', 'Ziel', 'Fortschritt im Berichtsjahr'],
      items.map((item) => [
        item.title,
        COMMITMENT_STATUS_DE[item.status],
        item.due ? dateDe(item.due) : '',
        item.progress,
      ]),
    ),
  ];
}

const TOTALS_NOTE = 'Teilnehmende und Termine zählen nur durchgeführte und laufende Aktivitäten.';

export function reportDocument(model: ReportModel): Document {
  const lists = new ListCounter();
  const children: FileChild[] = [
    ...cover(NETWORK_NAME, `Statusbericht ${model.yearLabel}`, [
      model.partnerName,
      `Berichtszeitraum ${model.periodText}`,
      stateLine(model),
    ]),
    ...plainParagraphs(model.intro),
  ];
  if (model.commitments.length || model.milestones.length) {
    children.push(heading('Umsetzung der Beitrittsmodule', 1));
    children.push(...commitmentsTable(COMMITMENT_KIND_DE.commitment.many, model.commitments));
    children.push(...commitmentsTable(COMMITMENT_KIND_DE.milestone.many, model.milestones));
  }
  if (model.empty)
    children.push(new Paragraph({ children: [new TextRun({ text: model.emptyText, italics: true })] }));
  for (const section of model.categories.filter((c) => !c.empty)) {
    children.push(heading(`${section.id} ${section.title}`, 1, true));
    children.push(...sectionParagraphs(section, 2, lists));
  }
  const without = model.categories.filter((c) => c.empty);
  if (without.length && !model.empty) {
    children.push(
      new Paragraph({
        children: [
          new TextRun({
            text: `Ohne Einträge in diesem Berichtsjahr: ${without.map((c) => `${c.id} ${c.short}`).join(' · ')}`,
            italics: true,
          }),
        ],
      }),
    );
  }
  children.push(
    heading('Übersicht', 1, true),
    totalsTable(
      model.categories.map((c) => ({ label: `${c.id} ${c.short}`, totals: c.totals })),
      model.totals,
    ),
    new Paragraph({ text: TOTALS_NOTE, spacing: { before: 120 } }),
  );
  return document(reportTitle(model), children);
}

export function brochureDocument(model: BrochureModel): Document {
  const lists = new ListCounter();
  const title = `Partnerbroschüre ${model.yearLabel}`;
  const children: FileChild[] = [
    ...cover(NETWORK_NAME, title, [
      `Berichtszeitraum ${model.periodText}`,
      `${numberDe(model.partners.length)} Partnerorganisationen`,
    ]),
    heading('Inhalt', 1),
    ...model.chapters.map(
      (c) => new Paragraph({ text: `${c.id} ${c.title}`, numbering: { reference: 'bullets', level: 0 } }),
    ),
  ];
  for (const chapter of model.chapters) {
    children.push(heading(`${chapter.id} ${chapter.title}`, 1, true), ...plainParagraphs(chapter.intro));
    if (!chapter.partners.length) {
      children.push(
        new Paragraph({
          children: [
            new TextRun({ text: 'In diesem Schwerpunkt liegen keine Berichte vor.', italics: true }),
          ],
        }),
      );
    }
    for (const partner of chapter.partners) {
      children.push(heading(partner.partnerName, 2), ...sectionParagraphs(partner.section, 3, lists));
    }
  }
  children.push(
    heading('Übersicht', 1, true),
    totalsTable(
      model.chapters.map((c) => ({ label: `${c.id} ${c.short}`, totals: c.totals })),
      model.totals,
    ),
    new Paragraph({ text: TOTALS_NOTE, spacing: { before: 120 } }),
  );
  return document(title, children);
}

export const renderReportDocx = (model: ReportModel): Promise<Buffer> =>
  Packer.toBuffer(reportDocument(model));
export const renderBrochureDocx = (model: BrochureModel): Promise<Buffer> =>
  Packer.toBuffer(brochureDocument(model));
