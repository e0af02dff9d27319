import {
  AlignmentType,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type INumberingOptions,
  type ParagraphChild,
} from 'docx';
import { narrativeBlocks, numberDe, type NarrativeRun } from '../../shared/reports/index.ts';
import type { ReportCategorySection, ReportEntry, ReportTotals } from '../../shared/reports/index.ts';

/** Building blocks shared by the report and the brochure documents. */
export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: 'bullets',
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '•',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 567, hanging: 283 } } },
        },
      ],
    },
    {
      reference: 'numbers',
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 567, hanging: 340 } } },
        },
      ],
    },
  ],
};

const SAFE_LINK = /^(https?:|mailto:)/i;

/**
 * Entry bullets come from a paragraph style that carries the numbering, so each of hundreds of
 * entry paragraphs is one style reference instead of its own list properties (faster to build).
 */
export const ENTRY_STYLE = 'ReportEntry';
export const PARAGRAPH_STYLES = [
  {
    id: ENTRY_STYLE,
    name: 'Report entry',
    basedOn: 'Normal',
    quickFormat: true,
    paragraph: { numbering: { reference: 'bullets', level: 0 }, spacing: { after: 40 } },
  },
];

/** Each ordered list starts again at 1: every list gets its own numbering instance. */
export class ListCounter {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

function runsOf(runs: NarrativeRun[]): ParagraphChild[] {
  return runs.flatMap((run): ParagraphChild[] => {
    const lines = run.text.split('\n');
    const texts = lines.map(
      (line, i) =>
        new TextRun({
          text: line,
          bold: run.bold,
          break: i > 0 ? 1 : undefined,
          style: run.href ? 'Hyperlink' : undefined,
        }),
    );
    return run.href && SAFE_LINK.test(run.href)
      ? [new ExternalHyperlink({ link: run.href, children: texts })]
      : texts;
  });
}

export function narrativeParagraphs(html: string, lists: ListCounter): Paragraph[] {
  return narrativeBlocks(html).flatMap((block) => {
    if (block.kind === 'paragraph')
      return [new Paragraph({ children: runsOf(block.runs), spacing: { after: 120 } })];
    const instance = lists.take();
    return block.items.map(
      (item) =>
        new Paragraph({
          children: runsOf(item),
          numbering: { reference: block.ordered ? 'numbers' : 'bullets', level: 0, instance },
        }),
    );
  });
}

function entryParagraph(entry: ReportEntry): Paragraph {
  // Two runs per entry (bold date, then the rest): a 500-entry report stays well under 200 ms.
  const tail = entry.details || (entry.statusText ? ')' : entry.title);
  const rest =
    `: ${entry.title}` +
    (entry.statusText ? ` (${entry.statusText})` : '') +
    (entry.details ? ` – ${entry.details}` : '') +
    (/[.!?…]$/.test(tail) ? '' : '.');
  const children: ParagraphChild[] = [new TextRun({ text: entry.dateText, bold: true }), new TextRun(rest)];
  for (const link of entry.links.filter((l) => SAFE_LINK.test(l))) {
    children.push(
      new TextRun(' '),
      new ExternalHyperlink({ link, children: [new TextRun({ text: link, style: 'Hyperlink' })] }),
    );
  }
  return new Paragraph({ children, style: ENTRY_STYLE });
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
];
export const heading = (text: string, level: 1 | 2 | 3 | 4, pageBreakBefore = false) =>
  new Paragraph({ text, heading: HEADINGS[level - 1], pageBreakBefore, keepNext: true });

/** A category's body: narrative, entries by type under sub-headings, "Siehe auch". */
export function sectionParagraphs(
  section: ReportCategorySection,
  level: 2 | 3 | 4,
  lists: ListCounter,
): Paragraph[] {
  const out: Paragraph[] = [];
  if (section.narrative) out.push(...narrativeParagraphs(section.narrative, lists));
  for (const group of section.groups) {
    out.push(heading(group.heading, level));
    out.push(...group.entries.map(entryParagraph));
  }
  if (section.references.length) {
    out.push(heading('Siehe auch', level));
    out.push(...section.references.map((ref) => new Paragraph({ text: `${ref.text}.`, style: ENTRY_STYLE })));
  }
  return out;
}

const cell = (text: string, options: { bold?: boolean; right?: boolean; header?: boolean } = {}) =>
  new TableCell({
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.bold })],
      }),
    ],
    shading: options.header ? { fill: 'F2F6F4' } : undefined,
  });

export function plainTable(
  headers: string[],
  rows: string[][],
  numericFrom = Infinity,
  footer?: string[],
): Table {
  const row = (cells: string[], bold = false, header = false) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((text, i) => cell(text, { bold, header, right: i >= numericFrom })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(headers, true, true), ...rows.map((r) => row(r)), ...(footer ? [row(footer, true)] : [])],
  });
}

export function totalsTable(rows: { label: string; totals: ReportTotals }[], sum: ReportTotals): Table {
  const numbers = (t: ReportTotals) => [t.entries, t.held, t.participants, t.sessions].map(numberDe);
  return plainTable(
    ['Schwerpunkt', 'Einträge', 'durchgeführt', 'Teilnehmende', 'Termine'],
    rows.map((r) => [r.label, ...numbers(r.totals)]),
    1,
    ['Gesamt', ...numbers(sum)],
  );
}
