import { describe, expect, it } from 'vitest';
import { reportingYearLabel, reportingYearOf, reportingYearRange } from './reporting-year.ts';

describe('reporting year', () => {
  it('puts 30 September in the year that ends then and 1 October in the next', () => {
    expect(reportingYearOf('2021-09-30')).toBe(2021);
    expect(reportingYearOf('2021-10-01')).toBe(2022);
    expect(reportingYearOf('2021-12-31')).toBe(2022);
    expect(reportingYearOf('2022-01-01')).toBe(2022);
  });
  it('labels and bounds the year as the brochure does', () => {
    expect(reportingYearLabel(2021)).toBe('2020/21');
    expect(reportingYearLabel(2100)).toBe('2099/00');
    expect(reportingYearRange(2021)).toEqual({ start: '2020-10-01', end: '2021-09-30' });
  });
  it('refuses what is not an ISO date', () => {
    expect(() => reportingYearOf('30.09.2021')).toThrow(RangeError);
  });
});
