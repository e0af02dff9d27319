import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCategoryId, type CategoryId } from '../../shared/catalog/index.ts';
import { compileReport, emptyDraft, escapeHtml, type ReportDraft } from '../../shared/reports/index.ts';
import type { Db } from '../db/client.ts';
import { createImportedReport } from './report-repository.ts';
import { sanitizeNarrative } from './sanitize.ts';

const SEED_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'seed');

interface MeasureRow {
  partner_id: string;
  partner_name: string;
  category: number;
  title_de: string;
  summary_de: string;
}

export const brochureSource = (year: number) => `brochure-${year - 1}-${String(year % 100).padStart(2, '0')}`;

/**
 * Makes a past brochure edition a report year of its own: each partner's seed measures of that
 * year become its submitted report (one titled paragraph per measure, in the brochure's order),
 * and the brochure's chapter intros become the year's intros. Idempotent: partners that already
 * have a report of that year, and intros already stored, are left alone.
 */
export async function importBrochureYear(db: Db, year = 2021): Promise<{ reports: number }> {
  const source = brochureSource(year);
  const measures = await db.query<MeasureRow>(
    `select m.partner_id, p.name as partner_name, m.category, m.title_de, m.summary_de
     from measures m join partners p on p.id = m.partner_id
     where m.reporting_year = $1 and not m.deleted and not p.deleted
     order by m.partner_id, m.category, m.source_line nulls last, m.id`,
    [year],
  );
  const byPartner = new Map<string, { name: string; draft: ReportDraft }>();
  for (const m of measures) {
    if (!isCategoryId(m.category)) continue;
    const entry = byPartner.get(m.partner_id) ?? { name: m.partner_name, draft: emptyDraft() };
    const key = String(m.category) as `${CategoryId}`;
    const block = `<p><strong>${escapeHtml(m.title_de)}</strong></p>${m.summary_de ? `<p>${escapeHtml(m.summary_de)}</p>` : ''}`;
    entry.draft.narratives[key] = (entry.draft.narratives[key] ?? '') + block;
    byPartner.set(m.partner_id, entry);
  }
  const intros = await readIntros(year);
  return db.transaction(async (tx) => {
    for (const [category, text] of Object.entries(intros)) {
      await tx.query(
        'insert into brochure_intros (year, category, text) values ($1, $2, $3) on conflict (year, category) do nothing',
        [year, Number(category), text],
      );
    }
    let reports = 0;
    for (const [partnerId, { name, draft }] of byPartner) {
      const model = compileReport({
        partner: { id: partnerId, name },
        year,
        entries: [],
        draft,
        state: 'submitted',
        source,
        sanitizeNarrative,
      });
      if (await createImportedReport(tx, { partnerId, year, draft, source, model })) reports += 1;
    }
    return { reports };
  });
}

async function readIntros(year: number): Promise<Record<string, string>> {
  try {
    const file = JSON.parse(await readFile(path.join(SEED_DIR, `brochure-${year}.json`), 'utf8')) as {
      intros: Record<string, string>;
    };
    return Object.fromEntries(
      Object.entries(file.intros).filter(([category]) => isCategoryId(Number(category))),
    );
  } catch {
    return {};
  }
}
