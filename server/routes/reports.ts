import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod/mini';
import {
  emptyDraft,
  renderReportHtml,
  saveDraftRequestSchema,
  type DraftState,
  type ReportDraft,
  type ReportModel,
  type ReportView,
} from '../../shared/reports/index.ts';
import { reportingYearLabel } from '../../shared/catalog/index.ts';
import type { AppEnv } from '../app-env.ts';
import { fieldErrors, jsonError } from '../http/errors.ts';
import {
  denied,
  fileResponse,
  isKnownYear,
  parseYearFile,
  reportAccess,
  unknownPartner,
  unknownYear,
  type ReportFormat,
} from '../reports/http-helpers.ts';
import { renderEntriesCsv } from '../reports/render-csv.ts';
import { renderReportDocx } from '../reports/render-docx.ts';
import {
  getReport,
  getVersion,
  listVersions,
  reopenReport,
  saveDraft,
  submitReport,
  type ReportRow,
} from '../reports/report-repository.ts';
import {
  currentReport,
  previousYearReport,
  startingDraft,
  type PartnerRef,
  type ReportDeps,
} from '../reports/report-service.ts';
import { sanitizeNarrative } from '../reports/sanitize.ts';
import { findPartner } from '../reports/status-repository.ts';

const submitBodySchema = z.object({ baseVersion: z.optional(z.nullable(z.int())) });

/** The draft and where it stands; before the first save, a draft that starts from last year's commitments. */
function draftView(row: ReportRow | null, start: ReportDraft = emptyDraft()): DraftState {
  return {
    state: row?.state ?? 'not-started',
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt ?? null,
    submittedAt: row?.submittedAt ?? null,
    source: row?.source ?? 'app',
    draft: row?.draft ?? start,
  };
}

const cleanDraft = (draft: ReportDraft): ReportDraft => ({
  ...draft,
  narratives: Object.fromEntries(
    Object.entries(draft.narratives).map(([k, html]) => [k, sanitizeNarrative(html ?? '')]),
  ),
});

const fileName = (partnerId: string, year: number, suffix = '') =>
  `statusbericht-${year}-${partnerId}${suffix}`;

async function renderModel(
  c: Context<AppEnv>,
  format: Exclude<ReportFormat, 'json' | 'csv'>,
  model: ReportModel,
  name: string,
  cacheable: boolean,
) {
  return format === 'html'
    ? fileResponse(c, 'html', renderReportHtml(model), name, cacheable)
    : fileResponse(c, 'docx', await renderReportDocx(model), name, cacheable);
}

export function reportRoutes(deps: ReportDeps) {
  /** Resolves :partnerId and a plain :year, or answers 404. */
  async function target(
    c: Context<AppEnv>,
    rawYear: string,
  ): Promise<{ partner: PartnerRef; year: number } | Response> {
    const year = /^\d{4}$/.test(rawYear) ? Number(rawYear) : NaN;
    if (!isKnownYear(year, deps.today())) return unknownYear(c, rawYear, deps.today());
    const partner = await findPartner(c.get('db'), c.req.param('partnerId')!);
    return partner ? { partner, year } : unknownPartner(c, c.req.param('partnerId')!);
  }

  return new Hono<AppEnv>()
    .get('/:partnerId/:file', async (c) => {
      const file = c.req.param('file');
      const parsed = parseYearFile(file);
      if (!parsed || !isKnownYear(parsed.year, deps.today())) return unknownYear(c, file, deps.today());
      const db = c.get('db');
      const partner = await findPartner(db, c.req.param('partnerId'));
      if (!partner) return unknownPartner(c, c.req.param('partnerId'));
      const { year, format } = parsed;
      const access = reportAccess(c.get('user'), partner.id);

      if (access === 'reader') {
        // Everyone may read what a partner submitted; nothing of a draft leaves the server.
        if (format === 'csv') return denied(c, `export the entries of ${partner.name}`);
        const latest = await getVersion(db, partner.id, year, 'latest');
        if (!latest) {
          return jsonError(
            c,
            404,
            'report_not_found',
            `${partner.name} has no submitted report for ${reportingYearLabel(year)}.`,
          );
        }
        if (format === 'json')
          return c.json({ report: latest.model, state: 'submitted', versionNumber: latest.number });
        return renderModel(c, format, latest.model, fileName(partner.id, year), true);
      }

      const row = await getReport(db, partner.id, year);
      const current = await currentReport(db, deps, partner, year, row);
      const { entries } = current;
      // While submitted, the report is what was submitted (entries frozen), not a fresh compile.
      const frozen = row?.state === 'submitted' ? await getVersion(db, partner.id, year, 'latest') : null;
      const model = frozen?.model ?? current.model;
      c.header('Cache-Control', 'private, no-store');
      if (format === 'json') {
        const previousRow = await getReport(db, partner.id, year - 1);
        const view: ReportView = {
          report: model,
          ...draftView(row, startingDraft(previousRow)),
          entries,
          versions: await listVersions(db, partner.id, year),
          previous: await previousYearReport(db, deps, partner, year, previousRow),
        };
        return c.json(view);
      }
      if (format === 'csv') {
        const csv = renderEntriesCsv({
          partnerName: partner.name,
          year,
          yearLabel: model.yearLabel,
          entries,
          draft: row?.draft ?? null,
        });
        return fileResponse(c, 'csv', csv, fileName(partner.id, year, '-eintraege'), false);
      }
      return renderModel(c, format, model, fileName(partner.id, year), false);
    })

    .get('/:partnerId/:year/versions/:file', async (c) => {
      const found = await target(c, c.req.param('year'));
      if (found instanceof Response) return found;
      if (reportAccess(c.get('user'), found.partner.id) === 'reader')
        return denied(c, 'read the version history of this report');
      const match = /^(\d{1,4})(?:\.(json|html|docx))?$/.exec(c.req.param('file'));
      const version = match
        ? await getVersion(c.get('db'), found.partner.id, found.year, Number(match[1]))
        : null;
      if (!match || !version)
        return jsonError(
          c,
          404,
          'version_not_found',
          `There is no submitted version "${c.req.param('file')}".`,
        );
      const format = (match[2] ?? 'json') as 'json' | 'html' | 'docx';
      if (format === 'json')
        return c.json({ number: version.number, draft: version.draft, report: version.model });
      return renderModel(
        c,
        format,
        version.model,
        fileName(found.partner.id, found.year, `-v${version.number}`),
        true,
      );
    })

    .put(
      '/:partnerId/:year/draft',
      bodyLimit({
        maxSize: 1024 * 1024,
        onError: (c) => jsonError(c, 413, 'too_large', 'The draft is larger than 1 MB.'),
      }),
      async (c) => {
        const found = await target(c, c.req.param('year'));
        if (found instanceof Response) return found;
        const user = c.get('user');
        if (reportAccess(user, found.partner.id) === 'reader')
          return denied(c, `edit the report of ${found.partner.name}`);
        const body = saveDraftRequestSchema.safeParse(await c.req.json().catch(() => null));
        if (!body.success)
          return jsonError(c, 400, 'invalid_draft', 'The draft is not valid.', fieldErrors(body.error));
        const outcome = await saveDraft(c.get('db'), {
          partnerId: found.partner.id,
          year: found.year,
          draft: cleanDraft(body.data.draft),
          baseVersion: body.data.baseVersion,
          force: body.data.force ?? false,
          userId: user?.id ?? null,
        });
        if (outcome.status === 'locked') {
          return c.json(
            {
              error: {
                code: 'report_locked',
                message: 'The report was submitted and is locked; the ministry can reopen it.',
              },
              current: draftView(outcome.current),
            },
            409,
          );
        }
        if (outcome.status === 'conflict') {
          return c.json(
            {
              error: {
                code: 'conflict',
                message: 'The report was changed on another device since this edit began.',
              },
              current: draftView(outcome.current),
            },
            409,
          );
        }
        return c.json(draftView(outcome.row));
      },
    )

    .post('/:partnerId/:year/submit', async (c) => {
      const found = await target(c, c.req.param('year'));
      if (found instanceof Response) return found;
      const user = c.get('user');
      if (reportAccess(user, found.partner.id) === 'reader')
        return denied(c, `submit the report of ${found.partner.name}`);
      const body = submitBodySchema.safeParse((await c.req.json().catch(() => ({}))) ?? {});
      if (!body.success)
        return jsonError(c, 400, 'invalid_request', 'The request is not valid.', fieldErrors(body.error));
      const db = c.get('db');
      const outcome = await submitReport(
        db,
        {
          partnerId: found.partner.id,
          year: found.year,
          baseVersion: body.data.baseVersion ?? null,
          userId: user?.id ?? null,
        },
        async (row, submittedAt, tx) =>
          (
            await currentReport(
              tx,
              deps,
              found.partner,
              found.year,
              { ...row, state: 'submitted' },
              submittedAt,
            )
          ).model,
      );
      if (outcome.status === 'locked')
        return jsonError(c, 409, 'already_submitted', 'The report is already submitted.');
      if (outcome.status === 'conflict') {
        return c.json(
          {
            error: {
              code: 'conflict',
              message: 'The report was changed on another device; review it before submitting.',
            },
            current: draftView(outcome.current),
          },
          409,
        );
      }
      return c.json({ ...draftView(outcome.row), versionNumber: outcome.number });
    })

    .post('/:partnerId/:year/reopen', async (c) => {
      const found = await target(c, c.req.param('year'));
      if (found instanceof Response) return found;
      const user = c.get('user');
      if (user?.role !== 'admin') return denied(c, 'reopen a submitted report');
      const row = await reopenReport(c.get('db'), found.partner.id, found.year, user.id);
      if (!row) return jsonError(c, 409, 'not_submitted', 'Only a submitted report can be reopened.');
      return c.json(draftView(row));
    });
}
