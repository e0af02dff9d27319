import type { Context } from 'hono';
import type { SessionUser } from '../../shared/auth/index.ts';
import { reportingYearLabel, reportingYearOf } from '../../shared/catalog/index.ts';
import type { AppEnv } from '../app-env.ts';
import { jsonError } from '../http/errors.ts';

export const REPORT_FORMATS = ['json', 'html', 'docx', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The partner network began in 2012; no report can be older. */
export const FIRST_REPORT_YEAR = 2012;

/** "2026", "2026.json", "2026.docx" → year and format; null for anything else. */
export function parseYearFile(file: string): { year: number; format: ReportFormat } | null {
  const match = /^(\d{4})(?:\.(json|html|docx|csv))?$/.exec(file);
  if (!match) return null;
  return { year: Number(match[1]), format: (match[2] as ReportFormat | undefined) ?? 'json' };
}

/** Reporting years that can exist: from the network's start to the one after the current. */
export function isKnownYear(year: number, today: string): boolean {
  return Number.isInteger(year) && year >= FIRST_REPORT_YEAR && year <= reportingYearOf(today) + 1;
}

export function unknownYear(c: Context<AppEnv>, raw: string, today: string) {
  const current = reportingYearOf(today);
  return jsonError(
    c,
    404,
    'unknown_year',
    `"${raw}" is not a reporting year. Years are named by the year the period ends (e.g. ${current} for ${reportingYearLabel(current)}), from ${FIRST_REPORT_YEAR} to ${current + 1}.`,
  );
}

export const unknownPartner = (c: Context<AppEnv>, id: string) =>
  jsonError(c, 404, 'partner_not_found', `There is no partner organisation "${id}".`);

/** What a user may do with one partner's report: admins everything, its officers edit, others read submitted versions. */
export type ReportAccess = 'admin' | 'officer' | 'reader';
export function reportAccess(user: SessionUser | null, partnerId: string): ReportAccess {
  if (user?.role === 'admin') return 'admin';
  if (user?.role === 'officer' && user.partnerId === partnerId) return 'officer';
  return 'reader';
}

/** 401 for the public (sign in), 403 for a signed-in user without the right. */
export function denied(c: Context<AppEnv>, what: string) {
  const user = c.get('user');
  return user
    ? jsonError(c, 403, 'forbidden', `You may not ${what}.`)
    : jsonError(c, 401, 'unauthenticated', `Sign in to ${what}.`);
}

const TYPES: Record<Exclude<ReportFormat, 'json'>, string> = {
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
};

/** A generated file: downloads are attachments, HTML opens inline for preview and printing. */
export function fileResponse(
  c: Context<AppEnv>,
  format: Exclude<ReportFormat, 'json'>,
  body: string | Uint8Array,
  filename: string,
  cacheable: boolean,
) {
  c.header('Content-Type', TYPES[format]);
  c.header(
    'Content-Disposition',
    `${format === 'html' ? 'inline' : 'attachment'}; filename="${filename}.${format}"`,
  );
  c.header('Cache-Control', cacheable ? 'private, no-cache' : 'private, no-store');
  c.header('X-Content-Type-Options', 'nosniff');
  // User-written narratives end up in the HTML: forbid scripts and outside requests outright.
  if (format === 'html')
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200);
}
