import { indexTerm, tokenize } from './normalize.ts';

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Splits a text into plain and matching segments. A word matches when its index term is one the
 * search matched, so "Fortbildungen" is marked for the query "fortbild", and "für" never is.
 */
export function highlight(text: string, matched: ReadonlySet<string>): Segment[] {
  if (matched.size === 0 || text === '') return text ? [{ text, match: false }] : [];
  const segments: Segment[] = [];
  let position = 0;
  for (const token of tokenize(text)) {
    const term = indexTerm(token.word);
    if (!term || !matched.has(term)) continue;
    if (token.start > position) segments.push({ text: text.slice(position, token.start), match: false });
    segments.push({ text: token.word, match: true });
    position = token.end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), match: false });
  return segments;
}

/**
 * About `length` characters of a long text around its first match, cut at spaces and marked with
 * an ellipsis where text was left out; the start of the text when nothing matches.
 */
export function snippet(text: string, matched: ReadonlySet<string>, length = 180): Segment[] {
  if (text.length <= length) return highlight(text, matched);
  const first = tokenize(text).find((token) => {
    const term = indexTerm(token.word);
    return term !== null && matched.has(term);
  });
  let start = first ? Math.max(0, first.start - Math.floor(length / 3)) : 0;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space > (first?.start ?? start) ? start : space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const excerpt = (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : '');
  return highlight(excerpt, matched);
}
