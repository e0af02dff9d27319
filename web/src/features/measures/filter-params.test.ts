import { describe, expect, it } from 'vitest';
import { measuresHref, parseMeasureParams } from './filter-params.ts';

const parse = (query: string) => parseMeasureParams(new URLSearchParams(query));

describe('measure list URL', () => {
  it('round-trips combined filters and the sort', () => {
    const href = measuresHref(
      { category: 3, kind: 'jobcenter', region: 'koeln', year: 2021, partnerId: 'stadt-köln' },
      'partner',
    );
    expect(href).toBe(
      '/measures?category=3&partner=stadt-k%C3%B6ln&kind=jobcenter&region=koeln&year=2021&sort=partner',
    );
    expect(parse(href.split('?')[1]!)).toEqual({
      filter: { category: 3, kind: 'jobcenter', region: 'koeln', year: 2021, partnerId: 'stadt-köln' },
      sort: 'partner',
      ignored: false,
    });
  });
  it('has a plain URL without filters', () => {
    expect(measuresHref()).toBe('/measures');
    expect(parse('')).toEqual({ filter: {}, sort: 'category', ignored: false });
  });
  it('ignores what it cannot understand and says so', () => {
    expect(parse('category=9&kind=bank&region=mars&year=20x1&sort=random')).toEqual({
      filter: {},
      sort: 'category',
      ignored: true,
    });
    expect(parse('category=2&kind=').filter).toEqual({ category: 2 });
  });
});
