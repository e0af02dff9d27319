import { describe, expect, it } from 'vitest';
import { narrativeBlocks, narrativeIsBlank, narrativeText } from './narrative.ts';

describe('narrative blocks', () => {
  it('reads paragraphs with bold runs and links', () => {
    const blocks = narrativeBlocks(
      '<p>Wir haben <strong>51 Kolleg*innen</strong> erreicht &amp; <a href="https://example.org/?a=1&amp;b=2">mehr</a>.</p>',
    );
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        runs: [
          { text: 'Wir haben ', bold: false, href: null },
          { text: '51 Kolleg*innen', bold: true, href: null },
          { text: ' erreicht & ', bold: false, href: null },
          { text: 'mehr', bold: false, href: 'https://example.org/?a=1&b=2' },
          { text: '.', bold: false, href: null },
        ],
      },
    ]);
  });
  it('reads ordered and unordered lists, and text outside paragraphs', () => {
    const html = 'Vorweg<ul><li>Eins</li><li><b>Zwei</b></li></ul><ol><li>Erstens</li></ol>';
    expect(narrativeText(html)).toBe('Vorweg\n\n• Eins\n• Zwei\n\n1. Erstens');
  });
  it('knows when a narrative has no text', () => {
    expect(narrativeIsBlank('<p>&nbsp;</p><p> <br></p>')).toBe(true);
    expect(narrativeIsBlank('<p>x</p>')).toBe(false);
  });
});
