// Renders public/icons/icon.svg to the PNG sizes the manifest names. Run: node --import tsx tests/tools/make-icons.ts
import { readFile, writeFile } from 'node:fs/promises';
import { launchChromium } from './chromium.ts';

const svg = await readFile('public/icons/icon.svg', 'utf8');
const browser = await launchChromium();
const page = await browser.newPage();
const targets = [
  { file: 'icon-192.png', size: 192, padding: 0 },
  { file: 'icon-512.png', size: 512, padding: 0 },
  // Maskable icons keep their content inside the central 80 % safe zone.
  { file: 'icon-maskable-512.png', size: 512, padding: 0.12 },
];
for (const { file, size, padding } of targets) {
  await page.setViewportSize({ width: size, height: size });
  const inner = Math.round(size * (1 - 2 * padding));
  await page.setContent(
    `<body style="margin:0;background:#0b5c4a;display:grid;place-items:center;width:${size}px;height:${size}px">
       <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  );
  await writeFile(`public/icons/${file}`, await page.screenshot({ omitBackground: false }));
}
await browser.close();
