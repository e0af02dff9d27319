import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ActivityInput } from '../../shared/activities/index.ts';
import { compileBrochure, compileReport, renderReportHtml } from '../../shared/reports/index.ts';
import { createApp } from '../../server/app.ts';
import { lockChangeLog } from '../../server/db/changes.ts';
import { openPglite, type Db } from '../../server/db/client.ts';
import { migrate } from '../../server/db/migrate.ts';
import { renderBrochureDocx, renderReportDocx } from '../../server/reports/render-docx.ts';
import { sanitizeNarrative } from '../../server/reports/sanitize.ts';
import { loadSeed, readSeed } from '../../server/seed/load-seed.ts';
import { createTestPartner, createTestUser, signIn } from '../../server/test-support/users.ts';
import { againstTarget, percentile, round, type BenchRow } from './measure.ts';
import { benchDraft, benchEntries } from './report-fixtures.ts';

const run = promisify(execFile);
const YEAR = 2026;
const TODAY = '2026-03-01';

async function timed(fn: () => Promise<unknown>, runs: number, warmup = 2) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return { median: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** Inserts entries straight into the activities table (one statement per partner). */
async function insertEntries(db: Db, entries: ActivityInput[]) {
  await db.transaction(async (tx) => {
    await lockChangeLog(tx);
    await tx.query(
      `insert into activities (id, partner_id, date, end_date, title, category, secondary_categories, status, type,
         format, place, organising_unit, cooperation_partners, target_groups, participant_count, sessions, languages,
         funding_programme, links, note, reporting_year, version, seq)
       select x."id", x."partnerId", x."date", x."endDate", x."title", x."category", x."secondaryCategories", x."status",
         x."type", x."format", x."place", x."organisingUnit", x."cooperationPartners", x."targetGroups",
         x."participantCount", x."sessions", x."languages", x."fundingProgramme", x."links", x."note", $2, 1,
         nextval('change_seq')
       from jsonb_to_recordset($1::jsonb) as x("id" uuid, "partnerId" text, "date" date, "endDate" date, "title" text,
         "category" smallint, "secondaryCategories" smallint[], "status" text, "type" text, "format" text, "place" text,
         "organisingUnit" text, "cooperationPartners" text[], "targetGroups" text[], "participantCount" int,
         "sessions" int, "languages" text[], "fundingProgramme" text, "links" text[], "note" text)`,
      [JSON.stringify(entries), YEAR],
    );
  });
}

async function libreOfficeRows(
  files: { docx: Buffer; name: string; pages: number[] }[],
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'vielfalt-lo-'));
  try {
    for (const file of files) {
      const docx = path.join(dir, `${file.name}.docx`);
      writeFileSync(docx, file.docx);
      const started = performance.now();
      try {
        await run('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
          timeout: 180_000,
        });
      } catch (error) {
        rows.push({
          metric: `${file.name}.docx → PDF with LibreOffice`,
          value: `failed: ${(error as Error).message.split('\n')[0]}`,
          target: 'opens',
          ratio: '–',
          pass: false,
        });
        continue;
      }
      const pdf = path.join(dir, `${file.name}.pdf`);
      const info = (await run('pdfinfo', [pdf])).stdout;
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
      mkdirSync('docs/screenshots', { recursive: true });
      for (const page of file.pages) {
        const out = path.join('docs/screenshots', `${file.name}-page${page}`);
        await run('pdftoppm', [
          '-png',
          '-r',
          '70',
          '-f',
          String(page),
          '-l',
          String(page),
          '-singlefile',
          pdf,
          out,
        ]);
      }
      rows.push({
        metric: `${file.name}.docx opens in LibreOffice (headless → PDF; page ${file.pages.join(', ')} in docs/screenshots/${file.name}-page*.png)`,
        value: `${pages} pages, ${round((performance.now() - started) / 1000)} s`,
        target: 'opens',
        ratio: '–',
        pass: pages > 0,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export async function reportRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const partner = { id: 'stadt-juelich', name: 'Stadt Jülich' };
  const entries500 = benchEntries(partner.id, 500, YEAR, 1);
  const draft = benchDraft();
  const compile = (entries: ActivityInput[], p = partner) =>
    compileReport({ partner: p, year: YEAR, entries, draft, state: 'draft', sanitizeNarrative });

  const docx = await timed(async () => renderReportDocx(compile(entries500)), 15);
  const html = await timed(async () => renderReportHtml(compile(entries500)), 30);
  rows.push(
    againstTarget(
      'Compile + DOCX, 1 partner × 500 entries, in process (median of 15)',
      docx.median,
      200,
      'ms',
    ),
  );
  rows.push(
    againstTarget(
      'Compile + HTML, 1 partner × 500 entries, in process (median of 30)',
      html.median,
      50,
      'ms',
    ),
  );

  // Through the HTTP routes, on an embedded PostgreSQL: reading the entries is part of the time.
  const db = await openPglite(null);
  try {
    await migrate(db);
    const seed = await readSeed();
    await loadSeed(db, seed);
    await createTestPartner(db, 'bench-partner-33', 'Partnerorganisation 33 (Benchmark)');
    const partners = [
      ...seed.partners.map((p) => ({ id: p.id, name: p.name })),
      { id: 'bench-partner-33', name: 'Partnerorganisation 33 (Benchmark)' },
    ];
    const app = createApp({ db, log: false, reports: { today: () => TODAY } });
    const officer = await createTestUser(db, { role: 'officer', partnerId: partner.id });
    const admin = await createTestUser(db, { role: 'admin' });
    const officerCookie = await signIn(app, officer.email, officer.password);
    const adminCookie = await signIn(app, admin.email, admin.password);
    await insertEntries(db, entries500);
    const put = await app.request(`/api/reports/${partner.id}/${YEAR}/draft`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Cookie: officerCookie },
      body: JSON.stringify({ baseVersion: null, draft }),
    });
    if (!put.ok) throw new Error(`draft save answered ${put.status}`);
    const get = (url: string, cookie: string) => async () => {
      const res = await app.request(url, { headers: { Cookie: cookie } });
      if (!res.ok) throw new Error(`${url} answered ${res.status}`);
      return res.arrayBuffer();
    };
    const httpDocx = await timed(get(`/api/reports/${partner.id}/${YEAR}.docx`, officerCookie), 15);
    const httpHtml = await timed(get(`/api/reports/${partner.id}/${YEAR}.html`, officerCookie), 30);
    rows.push(
      againstTarget(
        'GET report .docx, 500 entries, PGlite (DB + compile + render, median of 15)',
        httpDocx.median,
        200,
        'ms',
      ),
    );
    rows.push(againstTarget('GET report .docx, 500 entries, p95', httpDocx.p95, 200, 'ms'));
    rows.push(
      againstTarget('GET report .html, 500 entries, PGlite (median of 30)', httpHtml.median, 50, 'ms'),
    );
    rows.push(againstTarget('GET report .html, 500 entries, p95', httpHtml.p95, 50, 'ms'));
    const reportDocx = Buffer.from(await get(`/api/reports/${partner.id}/${YEAR}.docx`, officerCookie)());

    // The brochure: 33 partners × 200 entries, each report submitted (frozen), then compiled.
    const brochureEntries = partners.map((p, i) => benchEntries(p.id, 200, YEAR, 100 + i));
    await db.query('delete from activities');
    for (const list of brochureEntries) await insertEntries(db, list);
    for (const p of partners) {
      const res = await app.request(`/api/reports/${p.id}/${YEAR}/submit`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: adminCookie },
        body: '{}',
      });
      if (!res.ok) throw new Error(`submit ${p.id} answered ${res.status}`);
    }
    const httpBrochure = await timed(get(`/api/brochure/${YEAR}.docx`, adminCookie), 3, 1);
    rows.push(
      againstTarget(
        `GET brochure .docx, ${partners.length} partners × 200 entries (median of 3)`,
        httpBrochure.median / 1000,
        5,
        's',
      ),
    );
    const fromEntries = await timed(
      async () => {
        const reports = partners.map((p, i) => compile(brochureEntries[i]!, p));
        return renderBrochureDocx(compileBrochure({ year: YEAR, intros: {}, reports }));
      },
      3,
      1,
    );
    rows.push(
      againstTarget(
        `Brochure from entries in process: ${partners.length} compiles + DOCX (median of 3)`,
        fromEntries.median / 1000,
        5,
        's',
      ),
    );
    const brochureDocx = Buffer.from(await get(`/api/brochure/${YEAR}.docx`, adminCookie)());

    rows.push(
      ...(await libreOfficeRows([
        { docx: reportDocx, name: 'report-500-entries', pages: [1, 2] },
        { docx: brochureDocx, name: 'brochure-33-partners', pages: [1] },
      ])),
    );
  } finally {
    await db.close();
  }
  return rows;
}

// `node --import tsx tests/bench/reports.ts` runs this section alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await reportRows()) {
    console.log(`${row.metric}: ${row.value} (target ${row.target}) ${row.pass ? 'ok' : 'MISSED'}`);
  }
}
