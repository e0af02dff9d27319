import { describe, expect, it } from 'vitest';
import { matchPath } from './router.tsx';

describe('matchPath', () => {
  it('extracts decoded parameters and tolerates a trailing slash', () => {
    expect(matchPath('/partners/:id', '/partners/stadt-j%C3%BClich/')).toEqual({ id: 'stadt-jülich' });
  });
  it('does not match other paths or malformed encodings', () => {
    expect(matchPath('/partners/:id', '/partners')).toBeNull();
    expect(matchPath('/partners/:id', '/partners/%E0%A4%A')).toEqual({ id: '%E0%A4%A' });
  });
});
