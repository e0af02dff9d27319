// `npm run bench`: measures the targets named in the issues and writes docs/benchmarks.md.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { launchChromium } from '../tools/chromium.ts';
import { startServer } from '../tools/start-server.ts';
import { activityRows } from './activities.ts';
import { foundationRows } from './foundation.ts';
import type { BenchRow } from './measure.ts';

const measureCount = (JSON.parse(readFileSync('server/seed/measures.json', 'utf8')) as unknown[]).length;
const server = await startServer();
const browser = await launchChromium();
const sections: { title: string; rows: BenchRow[] }[] = [];
try {
  sections.push({
    title: 'Foundation (issue 3)',
    rows: await foundationRows(browser, server.baseUrl, measureCount),
  });
  sections.push({ title: 'Activity entries and sync (issue 6)', rows: await activityRows(browser) });
} finally {
  await browser.close();
  await server.stop();
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (tests/bench/run.ts); do not edit by hand.',
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.platform()} ${os.release()}`,
  `- Node ${process.version}, Chromium ${browser.version()} (headless, Debian package)`,
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
      `| ${row.metric} | ${row.value} | ${row.target} | ${row.ratio} | ${row.pass ? 'yes' : 'NO'} |`,
    );
  }
}
writeFileSync('docs/benchmarks.md', lines.join('\n') + '\n');
console.log(lines.join('\n'));
