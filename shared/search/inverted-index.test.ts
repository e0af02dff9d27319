import { describe, expect, it } from 'vitest';
import { InvertedIndex, withinOneEdit } from './inverted-index.ts';
import { analyseQuery, indexTerm, words } from './normalize.ts';

interface Doc {
  id: string;
  title: string;
  body: string;
}
const docs: Doc[] = [
  { id: 'a', title: 'Sprachkurse', body: 'Fortbildung für Beschäftigte' },
  { id: 'b', title: 'Fortbildung Interkulturelle Kompetenz', body: 'Seminare' },
  { id: 'c', title: 'Fortbildungsangebote', body: 'Kompetenz' },
  { id: 'd', title: 'Ausbildung', body: 'Praktikum' },
  { id: 'e', title: 'Ausbildung', body: 'Praktikum' },
];
const index = new InvertedIndex<Doc>({
  words,
  term: indexTerm,
  fields: [
    { text: (d) => d.title, boost: 4 },
    { text: (d) => d.body, boost: 1 },
  ],
});
index.add(docs.slice(0, 2));
index.add(docs.slice(2));
index.finish();
const ids = (query: string) => index.search(analyseQuery(query).terms).hits.map((d) => d.id);

describe('inverted index', () => {
  it('ranks the title above the body, and a whole word above a longer word it starts', () => {
    expect(ids('Fortbildung')).toEqual(['b', 'c', 'a']);
  });
  it('does not let a rare longer word outrank a common word typed in full', () => {
    const common = new InvertedIndex<string>({
      words,
      term: indexTerm,
      fields: [{ text: (t) => t, boost: 1 }],
    });
    common.add(['Fortbildungskatalog', ...Array.from({ length: 6 }, (_, i) => `Fortbildung ${i}`)]);
    common.finish();
    const order = common.search(analyseQuery('Fortbildung').terms).hits;
    expect(order.at(-1)).toBe('Fortbildungskatalog');
  });

  it('combines words with AND', () => {
    expect(ids('Fortbildung Kompetenz')).toEqual(['b', 'c']);
    expect(ids('Fortbildung Praktikum')).toEqual([]);
  });
  it('keeps the order of addition for equal scores', () => {
    expect(ids('Ausbildung')).toEqual(['d', 'e']);
  });
  it('reports the index terms it matched, for highlighting', () => {
    const result = index.search(analyseQuery('Fortbild').terms);
    expect([...result.terms].sort()).toEqual(['fortbildung', 'fortbildungsangebo']);
  });
  it('tries spellings one letter off only when nothing matches', () => {
    // "Praktikun" stems to "praktiku", a prefix of "praktikum": found as typed, not as a typo.
    expect(index.search(analyseQuery('Praktikun').terms)).toMatchObject({
      fuzzy: false,
      hits: [docs[3], docs[4]],
    });
    const miss = index.search(analyseQuery('Ausbuldung').terms);
    expect(miss.fuzzy).toBe(true);
    expect(miss.hits.map((d) => d.id)).toEqual(['d', 'e']);
    expect(index.search(analyseQuery('Zzzz').terms)).toMatchObject({ hits: [], fuzzy: false });
  });
  it('knows one edit', () => {
    expect(withinOneEdit('schule', 'schulen')).toBe(true);
    expect(withinOneEdit('schule', 'schale')).toBe(true);
    expect(withinOneEdit('schule', 'chule')).toBe(true);
    expect(withinOneEdit('schule', 'schalen')).toBe(false);
  });
});
