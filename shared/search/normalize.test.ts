import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseQuery,
  foldGerman,
  indexTerm,
  MAX_QUERY_LENGTH,
  MAX_QUERY_TERMS,
  stemGerman,
  tokenize,
} from './normalize.ts';

/** Two spellings find each other when they have the same index term. */
const same = (a: string, b: string) => expect(indexTerm(a), `${a} ~ ${b}`).toBe(indexTerm(b));
/** A query word finds an indexed word when the index term starts with the query's (prefix search). */
const finds = (query: string, indexed: string) =>
  expect(indexTerm(indexed)!.startsWith(indexTerm(query)!), `${query} → ${indexed}`).toBe(true);

describe('German folding', () => {
  it.each([
    ['Schüler', 'schueler'],
    ['Schüler', 'Schuler'],
    ['schueler', 'SCHULER'],
    ['Köln', 'Koeln'],
    ['Köln', 'Koln'],
    ['Düsseldorf', 'Duesseldorf'],
    ['Ärztinnen', 'Aerztinnen'],
    ['Straße', 'Strasse'],
    ['STRASSE', 'straße'],
    ['Maßnahme', 'Massnahme'],
    ['Gülşen', 'Gulsen'],
    ['Çelik', 'celik'],
    ['İstanbul', 'istanbul'],
    ['Łódź', 'Lodz'],
    ['Ørsted', 'orsted'],
    ['Tschüß', 'tschuess'],
  ])('%s finds %s', (a, b) => same(a, b));

  it('folds to one form without diacritics', () => {
    expect(foldGerman('Schüler')).toBe('schuler');
    expect(foldGerman('Schueler')).toBe('schuler');
    expect(foldGerman('Straße')).toBe('strasse');
    expect(foldGerman('Café')).toBe('cafe');
  });
});

describe('German stemming', () => {
  it.each([
    ['Fortbildungen', 'Fortbildung'],
    ['Kompetenzen', 'Kompetenz'],
    ['interkulturellen', 'interkulturelle'],
    ['interkulturelle', 'interkulturell'],
    ['Beschäftigten', 'Beschäftigte'],
    ['Mitarbeitende', 'Mitarbeiter'],
    ['Schulungen', 'Schulung'],
    ['Veranstaltungen', 'Veranstaltung'],
    ['Sprachmittlern', 'Sprachmittler'],
    ['Projekte', 'Projekt'],
    ['Projekts', 'Projekt'],
    ['Führungskräfte', 'Fuehrungskraefte'],
  ])('%s finds %s', (a, b) => same(a, b));

  it.each([
    ['Schüler', 'Schülerinnen'],
    ['Fortbild', 'Fortbildungsangebote'],
    ['Fortbildungs', 'Fortbildungen'],
    ['Integra', 'Integration'],
    ['Mitarbei', 'Mitarbeiterinnen'],
    ['Einwanderungsgesch', 'Einwanderungsgeschichte'],
    ['Polizei', 'Polizeipräsidium'],
  ])('while typing, %s finds %s', (query, indexed) => finds(query, indexed));

  it('keeps short words and numbers as they are', () => {
    expect(stemGerman('neu')).toBe('neu');
    expect(stemGerman('2021')).toBe('2021');
    expect(tokenize('2020/21').map((t) => indexTerm(t.word))).toEqual(['2020', '21']);
    expect(indexTerm('EU')).toBe('eu');
  });

  it('keeps "sch", "ei", "ie" and double letters intact', () => {
    expect(stemGerman('schulen')).toBe('schul');
    expect(stemGerman('polizei')).toBe('polizei');
    expect(stemGerman('vielfalt')).toBe('vielfal');
    expect(stemGerman('kommunen')).toBe(stemGerman('kommune'));
  });
});

describe('tokens and stop words', () => {
  it('splits on punctuation and gender marks, keeping positions', () => {
    expect(tokenize('Mitarbeiter*innen, Fortbildungs-Angebote!')).toEqual([
      { word: 'Mitarbeiter', start: 0, end: 11 },
      { word: 'innen', start: 12, end: 17 },
      { word: 'Fortbildungs', start: 19, end: 31 },
      { word: 'Angebote', start: 32, end: 40 },
    ]);
  });
  it('does not index common words or lone letters', () => {
    expect(indexTerm('für')).toBeNull();
    expect(indexTerm('Über')).toBeNull();
    expect(indexTerm('und')).toBeNull();
    expect(indexTerm('the')).toBeNull();
    expect(indexTerm('u')).toBeNull();
  });
});

describe('query analysis', () => {
  it('searches the words of a query, the typed ones by prefix', () => {
    expect(analyseQuery('Fortbildung für Führungskräfte')).toEqual({
      status: 'ok',
      truncated: false,
      terms: [
        { term: 'fortbildung', prefix: true },
        { term: 'fuhrungskraf', prefix: true },
      ],
    });
    expect(analyseQuery('IT').terms).toEqual([{ term: 'it', prefix: true }]);
  });
  it('explains queries it cannot search', () => {
    expect(analyseQuery('   ').status).toBe('empty');
    expect(analyseQuery('?!… ---- „“ ***').status).toBe('no-words');
    expect(analyseQuery('und oder die').status).toBe('only-common-words');
    expect(analyseQuery('F').status).toBe('too-short');
    expect(analyseQuery('x y').status).toBe('too-short');
  });
  it('clips a 10,000-character query and says so', () => {
    const result = analyseQuery('Fortbildung '.repeat(900).slice(0, 10_000));
    expect(result.status).toBe('ok');
    expect(result.truncated).toBe(true);
    expect(result.terms).toEqual([{ term: 'fortbildung', prefix: true }]);
    const many = analyseQuery(Array.from({ length: 40 }, (_, i) => `wort${i}`).join(' '));
    expect(many.terms).toHaveLength(MAX_QUERY_TERMS);
    expect(many.truncated).toBe(true);
    const oneLongWord = analyseQuery('x'.repeat(10_000));
    expect(oneLongWord).toMatchObject({ status: 'ok', truncated: true });
    expect(oneLongWord.terms[0]!.term).toHaveLength(MAX_QUERY_LENGTH);
  });
  it('never throws, whatever is typed or pasted', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const result = analyseQuery(text);
        expect(result.terms.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
        for (const { term } of result.terms) expect(term.length).toBeGreaterThan(0);
      }),
    );
  });
});
