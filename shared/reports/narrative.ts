/**
 * Reads narrative HTML that was already sanitised to the allowed set (p, strong/b, ul/ol/li, a, br)
 * into blocks, so that renderers other than HTML (DOCX) can print it. Anything else is read as
 * text: the input is trusted to be clean, this is not a sanitiser.
 */
export interface NarrativeRun {
  text: string;
  bold: boolean;
  href: string | null;
}
export type NarrativeBlock =
  { kind: 'paragraph'; runs: NarrativeRun[] } | { kind: 'list'; ordered: boolean; items: NarrativeRun[][] };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Tags that end a paragraph; pasted documents use div and headings where the narrative has p. */
const BLOCK_TAGS = new Set([
  'p',
  'li',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'section',
  'article',
  'tr',
]);

const TOKEN = /<(\/?)([a-z0-9]+)((?:\s+[^>]*)?)\/?>|([^<]+)|</gi;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

export function narrativeBlocks(html: string): NarrativeBlock[] {
  const blocks: NarrativeBlock[] = [];
  let bold = 0;
  let href: string | null = null;
  let list: Extract<NarrativeBlock, { kind: 'list' }> | null = null;
  let runs: NarrativeRun[] | null = null;

  const closeRuns = () => {
    if (runs && runs.some((run) => run.text.trim())) {
      if (list) list.items.push(runs);
      else blocks.push({ kind: 'paragraph', runs });
    }
    runs = null;
  };
  const push = (text: string) => {
    if (!text) return;
    runs ??= [];
    runs.push({ text, bold: bold > 0, href });
  };

  for (const match of html.matchAll(TOKEN)) {
    const [, closing, rawTag, attributes, text] = match;
    if (text !== undefined || !rawTag) {
      push(decodeEntities(text ?? '<').replace(/\s+/g, ' '));
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (tag === 'strong' || tag === 'b') bold = Math.max(0, bold + (closing ? -1 : 1));
    else if (tag === 'a') {
      const found = closing ? null : HREF.exec(attributes ?? '');
      href = found ? decodeEntities(found[1] ?? found[2] ?? '') : null;
    } else if (tag === 'br') push('\n');
    else if (BLOCK_TAGS.has(tag)) closeRuns();
    else if (tag === 'ul' || tag === 'ol') {
      closeRuns();
      if (!closing && !list) list = { kind: 'list', ordered: tag === 'ol', items: [] };
      else if (closing && list) {
        if (list.items.length) blocks.push(list);
        list = null;
      }
    }
  }
  closeRuns();
  const open = list as Extract<NarrativeBlock, { kind: 'list' }> | null;
  if (open?.items.length) blocks.push(open);
  return blocks.map(trimBlock);
}

function trimRuns(runs: NarrativeRun[]): NarrativeRun[] {
  const copy = runs.map((run) => ({ ...run }));
  if (copy[0]) copy[0].text = copy[0].text.replace(/^\s+/, '');
  const last = copy[copy.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, '');
  return copy.filter((run) => run.text);
}

function trimBlock(block: NarrativeBlock): NarrativeBlock {
  return block.kind === 'paragraph'
    ? { kind: 'paragraph', runs: trimRuns(block.runs) }
    : { ...block, items: block.items.map(trimRuns) };
}

/** The narrative as plain text: paragraphs separated by blank lines, list items with bullets. */
export function narrativeText(html: string): string {
  const runText = (runs: NarrativeRun[]) => runs.map((run) => run.text).join('');
  return narrativeBlocks(html)
    .map((block) =>
      block.kind === 'paragraph'
        ? runText(block.runs)
        : block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '•'} ${runText(item)}`).join('\n'),
    )
    .join('\n\n');
}

export function narrativeIsBlank(html: string): boolean {
  return !decodeEntities(html.replace(/<[^>]*>/g, '')).replace(/[\s\u00a0]+/g, '');
}

const SAFE_HREF = /^(https?:|mailto:)/i;
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');

function runsHtml(runs: NarrativeRun[]): string {
  return runs
    .map((run) => {
      let html = run.text.split('\n').map(escapeText).join('<br>');
      if (run.bold) html = `<strong>${html}</strong>`;
      if (run.href && SAFE_HREF.test(run.href.trim()))
        html = `<a href="${escapeAttr(run.href.trim())}">${html}</a>`;
      return html;
    })
    .join('');
}

/** Blocks back to the canonical narrative HTML (p, strong, ul/ol/li, a, br). */
export function blocksToHtml(blocks: NarrativeBlock[]): string {
  return blocks
    .map((block) =>
      block.kind === 'paragraph'
        ? `<p>${runsHtml(block.runs)}</p>`
        : `<${block.ordered ? 'ol' : 'ul'}>${block.items.map((item) => `<li>${runsHtml(item)}</li>`).join('')}</${block.ordered ? 'ol' : 'ul'}>`,
    )
    .join('');
}

/**
 * A small allow-list sanitiser for the device, where sanitize-html is too big to ship: scripts,
 * styles and comments are dropped with their content, everything else is reduced to the narrative's
 * tags. The device never parses the result as HTML (it renders blocks through the DOM API); the
 * server sanitises again with sanitize-html before anything is stored.
 */
export function sanitizeNarrativeBasic(html: string): string {
  const withoutCode = html
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<(script|style|template|noscript|textarea|title|head)\b[\s\S]*?(<\/\1\s*>|$)/gi, '');
  return blocksToHtml(narrativeBlocks(withoutCode));
}
