import { describe, expect, it } from 'vitest';
import { dateDe, dateRangeDe, listDe, numberDe } from './german-format.ts';

describe('German report formatting', () => {
  it('writes dates as DD.MM.YYYY', () => {
    expect(dateDe('2021-05-06')).toBe('06.05.2021');
  });
  it.each([
    ['2021-04-15', null, '15.04.2021'],
    ['2021-04-15', '2021-04-15', '15.04.2021'],
    ['2021-04-15', '2021-04-17', '15.–17.04.2021'],
    ['2021-09-28', '2021-10-02', '28.09.–02.10.2021'],
    ['2020-12-30', '2021-01-02', '30.12.2020–02.01.2021'],
  ])('writes the range %s – %s as %s', (start, end, expected) => {
    expect(dateRangeDe(start, end)).toBe(expected);
  });
  it('groups thousands with dots and joins lists with "und"', () => {
    expect(numberDe(9600)).toBe('9.600');
    expect(numberDe(100000)).toBe('100.000');
    expect(numberDe(51)).toBe('51');
    expect(listDe(['A'])).toBe('A');
    expect(listDe(['A', 'B'])).toBe('A und B');
    expect(listDe(['A', 'B', 'C'])).toBe('A, B und C');
  });
});
