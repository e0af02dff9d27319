/**
 * A strict well-formedness check for the HTML the app generates (reports, brochure): every tag is
 * closed in order, attributes are quoted, `&` starts a real entity, no block element opens inside
 * a <p> (a browser would silently restructure it), ids are unique, and the document has
 * <html lang>, <head> with <meta charset> and <title>. Returns readable problems; [] means fine.
 */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT = new Set(['script', 'style']);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'div',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);
const TAG =
  /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>/;
const ATTRIBUTE = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g;
const ENTITY = /&(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);/y;

export function checkHtml(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const ids = new Set<string>();
  const seen = new Set<string>();
  let i = 0;
  const lineAt = (pos: number) => html.slice(0, pos).split('\n').length;
  const doctype = /^\s*<!doctype html>/i.exec(html);
  if (!doctype) problems.push('missing <!doctype html>');
  else i = doctype[0].length;

  while (i < html.length) {
    const ch = html[i]!;
    if (ch === '&') {
      ENTITY.lastIndex = i;
      if (!ENTITY.test(html)) problems.push(`line ${lineAt(i)}: bare "&"`);
      i += 1;
      continue;
    }
    if (ch !== '<') {
      i += 1;
      continue;
    }
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) return [...problems, `line ${lineAt(i)}: unterminated comment`];
      i = end + 3;
      continue;
    }
    const match = TAG.exec(html.slice(i));
    if (!match) {
      problems.push(`line ${lineAt(i)}: "<" that starts no valid tag`);
      i += 1;
      continue;
    }
    const [whole, closing, rawName, attributes = '', selfClosing] = match;
    const name = rawName!.toLowerCase();
    i += whole.length;
    if (closing) {
      const open = stack.pop();
      if (open !== name) {
        problems.push(`line ${lineAt(i)}: </${name}> closes <${open ?? 'nothing'}>`);
        if (open) stack.push(open);
      }
      continue;
    }
    seen.add(name);
    if (BLOCK.has(name) && stack.includes('p')) problems.push(`line ${lineAt(i)}: <${name}> inside <p>`);
    for (const [, attr, dq, sq] of attributes.matchAll(ATTRIBUTE)) {
      const value = dq ?? sq ?? '';
      if (attr === 'id') {
        if (ids.has(value)) problems.push(`line ${lineAt(i)}: duplicate id "${value}"`);
        ids.add(value);
      }
      if (name === 'html' && attr === 'lang' && value) seen.add('html[lang]');
      if (name === 'meta' && attr === 'charset') seen.add('meta[charset]');
    }
    if (VOID.has(name) || selfClosing) continue;
    if (RAW_TEXT.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}>`, i);
      if (end < 0) return [...problems, `line ${lineAt(i)}: unterminated <${name}>`];
      i = end + name.length + 3;
      continue;
    }
    stack.push(name);
  }
  if (stack.length) problems.push(`unclosed: ${stack.map((s) => `<${s}>`).join(' ')}`);
  for (const required of ['html[lang]', 'head', 'meta[charset]', 'title', 'body']) {
    if (!seen.has(required)) problems.push(`missing ${required}`);
  }
  return problems;
}
