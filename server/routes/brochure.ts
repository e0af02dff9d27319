import { Hono } from 'hono';
import { z } from 'zod/mini';
import { CATEGORY_IDS, reportingYearLabel, type CategoryId } from '../../shared/catalog/index.ts';
import { compileBrochure, entryStats, renderBrochureHtml } from '../../shared/reports/index.ts';
import type { AppEnv } from '../app-env.ts';
import { fieldErrors, jsonError } from '../http/errors.ts';
import {
  denied,
  fileResponse,
  isKnownYear,
  parseYearFile,
  unknownPartner,
  unknownYear,
} from '../reports/http-helpers.ts';
import { renderBrochureDocx } from '../reports/render-docx.ts';
import { brochureIntros, saveBrochureIntros, submittedModels } from '../reports/report-repository.ts';
import type { ReportDeps } from '../reports/report-service.ts';
import { addReminder, findPartner, yearStatus } from '../reports/status-repository.ts';

const CATEGORY_KEYS = CATEGORY_IDS.map(String) as ['1', '2', '3', '4', '5', '6'];
const introsBodySchema = z.object({
  intros: z.partialRecord(z.enum(CATEGORY_KEYS), z.string().check(z.maxLength(20_000))),
});

/** The ministry's side (admins only): every partner's report status, reminders, intros, the brochure. */
export function brochureRoutes(deps: ReportDeps) {
  const yearOf = (raw: string) =>
    /^\d{4}$/.test(raw) && isKnownYear(Number(raw), deps.today()) ? Number(raw) : null;

  return new Hono<AppEnv>()
    .use('*', async (c, next) => {
      if (c.get('user')?.role !== 'admin') return denied(c, 'use the ministry’s report overview');
      await next();
    })

    .get('/:file', async (c) => {
      const file = c.req.param('file');
      const parsed = parseYearFile(file);
      if (!parsed || parsed.format === 'csv' || !isKnownYear(parsed.year, deps.today())) {
        return unknownYear(c, file, deps.today());
      }
      const { year, format } = parsed;
      const db = c.get('db');
      const { year: introsYear, intros } = await brochureIntros(db, year);
      c.header('Cache-Control', 'private, no-store');
      if (format === 'json') {
        const [partners, entries] = await Promise.all([
          yearStatus(db, year),
          deps.entries.entriesOfYear(db, year),
        ]);
        return c.json({
          year,
          yearLabel: reportingYearLabel(year),
          partners,
          intros,
          /** The year the intros were written for; an earlier one when this year has none of its own yet. */
          introsYear,
          stats: entryStats(entries, year),
        });
      }
      const brochure = compileBrochure({ year, intros, reports: await submittedModels(db, year) });
      const name = `partnerbroschuere-${year}`;
      return format === 'html'
        ? fileResponse(c, 'html', renderBrochureHtml(brochure), name, false)
        : fileResponse(c, 'docx', await renderBrochureDocx(brochure), name, false);
    })

    .put('/:year/intros', async (c) => {
      const year = yearOf(c.req.param('year'));
      if (year === null) return unknownYear(c, c.req.param('year'), deps.today());
      const body = introsBodySchema.safeParse(await c.req.json().catch(() => null));
      if (!body.success)
        return jsonError(c, 400, 'invalid_intros', 'The intros are not valid.', fieldErrors(body.error));
      const db = c.get('db');
      // A year's first edit starts from the intros it showed so far, so no chapter loses its text.
      const { intros: shown } = await brochureIntros(db, year);
      const merged: Partial<Record<CategoryId, string>> = { ...shown };
      for (const [key, text] of Object.entries(body.data.intros))
        merged[Number(key) as CategoryId] = (text ?? '').trim();
      await saveBrochureIntros(db, year, merged, c.get('user')?.id ?? null);
      return c.json({ year, introsYear: year, intros: merged });
    })

    .post('/:year/reminders/:partnerId', async (c) => {
      const year = yearOf(c.req.param('year'));
      if (year === null) return unknownYear(c, c.req.param('year'), deps.today());
      const db = c.get('db');
      const partner = await findPartner(db, c.req.param('partnerId'));
      if (!partner) return unknownPartner(c, c.req.param('partnerId'));
      const remindedAt = await addReminder(db, partner.id, year, c.get('user')?.id ?? null);
      return c.json({ partnerId: partner.id, year, remindedAt }, 201);
    });
}
