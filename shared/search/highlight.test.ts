import { describe, expect, it } from 'vitest';
import { highlight, snippet } from './highlight.ts';

const marked = (segments: { text: string; match: boolean }[]) =>
  segments.filter((s) => s.match).map((s) => s.text);

describe('highlight', () => {
  it('marks every spelling of a matched term and keeps the text intact', () => {
    const text = 'Fortbildungen für Schüler, eine Fortbildung für Schueler.';
    const segments = highlight(text, new Set(['fortbildung', 'schuler']));
    expect(marked(segments)).toEqual(['Fortbildungen', 'Schüler', 'Fortbildung', 'Schueler']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
  it('returns the text unmarked when nothing matched', () => {
    expect(highlight('Ein Text', new Set())).toEqual([{ text: 'Ein Text', match: false }]);
    expect(highlight('', new Set(['x']))).toEqual([]);
  });
});

describe('snippet', () => {
  const long = `${'Anfang '.repeat(40)}Hier steht die Fortbildung zum Thema. ${'Ende '.repeat(60)}`;
  it('shows the part around the first match, with ellipses', () => {
    const segments = snippet(long, new Set(['fortbildung']), 120);
    const text = segments.map((s) => s.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(126);
    expect(marked(segments)).toEqual(['Fortbildung']);
  });
  it('shows the start when nothing matches and short texts whole', () => {
    expect(snippet(long, new Set(), 50)[0]!.text.startsWith('Anfang')).toBe(true);
    expect(snippet('kurz', new Set())).toEqual([{ text: 'kurz', match: false }]);
  });
});
