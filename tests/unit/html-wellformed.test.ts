import { describe, expect, it } from 'vitest';
import { checkHtml } from '../tools/html-wellformed.ts';

const page = (body: string) =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>t</title><style>p > a {}</style></head><body>${body}</body></html>`;

describe('HTML well-formedness check', () => {
  it('accepts a clean document', () => {
    expect(checkHtml(page('<p>A &amp; B<br><a href="x?a=1&amp;b=2">x</a></p><ul><li>1</li></ul>'))).toEqual(
      [],
    );
  });
  it.each([
    ['an unclosed element', '<div><p>x</p>', 'unclosed'],
    ['misnested tags', '<p><strong>x</p></strong>', 'closes'],
    ['a bare ampersand', '<p>A & B</p>', 'bare'],
    ['a list inside a paragraph', '<p>x<ul><li>y</li></ul></p>', 'inside <p>'],
    ['an unquoted attribute', '<a href=x>y</a>', 'no valid tag'],
    ['a duplicate id', '<p id="a">1</p><p id="a">2</p>', 'duplicate id'],
  ])('finds %s', (_what, body, problem) => {
    expect(checkHtml(page(body)).join('\n')).toContain(problem);
  });
});
