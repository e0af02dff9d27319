// `npm run bench`: measures the targets named in the issues and writes docs/benchmarks.md.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { launchChromium } from '../tools/chromium.ts';
import { startServer } from '../tools/start-server.ts';
import { calendarRows } from './calendar.ts';
import { browseSections } from './browse.ts';
import { activityRows } from './activities.ts';
import { foundationRows } from './foundation.ts';
import { i18nRows } from './i18n.ts';
import type { BenchRow } from './measure.ts';
import { reportRows } from './reports.ts';

const measureCount = (JSON.parse(readFileSync('server/seed/measures.json', 'utf8')) as unknown[]).length;
// Other work on the machine slows every figure down: the load is written next to them.
const loadAtStart = os.loadavg()[0]!;
const server = await startServer();
const browser = await launchChromium();
const sections: { title: string; rows: BenchRow[] }[] = [];
try {
  sections.push({
    title: 'Foundation (issue 3)',
    rows: await foundationRows(browser, server.baseUrl, measureCount),
  });
  sections.push({
    title: 'Interface languages (issue 8)',
    rows: await i18nRows(browser, server.baseUrl),
  });
  sections.push({
    title: 'Interreligious calendar (issue 9)',
    rows: await calendarRows(browser, server.baseUrl),
  });
  sections.push(...(await browseSections(browser)));
  sections.push({ title: 'Activity entries and sync (issue 6)', rows: await activityRows(browser) });
} finally {
  await browser.close();
  await server.stop();
}
// In process and on its own embedded database, after the browser is gone (the figures are CPU-bound).
sections.push({ title: 'Annual report and brochure (issue 7)', rows: await reportRows() });

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (tests/bench/run.ts); do not edit by hand.',
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.platform()} ${os.release()}`,
  `- Node ${process.version}, Chromium ${browser.version()} (headless, Debian package)`,
  `- Load average (1 min) at start / end of the run: ${loadAtStart.toFixed(1)} / ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
  '',
  'Ratio = measured ÷ target; below 1.00 meets the target.',
];
for (const section of sections) {
  lines.push(
    '',
    `## ${section.title}`,
    '',
    '| metric | measured | target | ratio | meets |',
    '|---|---|---|---|---|',
  );
  for (const row of section.rows) {
    lines.push(
      `| ${row.metric} | ${row.value} | ${row.target} | ${row.ratio} | ${row.pass === null ? '—' : row.pass ? 'yes' : 'NO'} |`,
    );
  }
}
writeFileSync('docs/benchmarks.md', lines.join('\n') + '\n');
console.log(lines.join('\n'));
