import { describe, expect, it } from 'vitest';
import { narrativeBlocks, narrativeIsBlank, narrativeText, sanitizeNarrativeBasic } from './narrative.ts';

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

describe('device sanitiser', () => {
  it('reduces pasted HTML to the narrative tags and drops code with its content', () => {
    const pasted =
      '<h2>Titel</h2><div style="x">Text <b>fett</b> <span>und</span> <i>mehr</i></div>' +
      '<script>alert(1)</script><style>p{}</style><!-- c --><a href="javascript:alert(1)">böse</a>' +
      '<a href="https://nrw.de?a=1&amp;b=2" onclick="x">gut</a><ul><li>eins<br>zwei</li></ul>';
    expect(sanitizeNarrativeBasic(pasted)).toBe(
      '<p>Titel</p><p>Text <strong>fett</strong> und mehr</p><p>böse<a href="https://nrw.de?a=1&amp;b=2">gut</a></p><ul><li>eins<br>zwei</li></ul>',
    );
  });
  it('is stable: cleaning clean HTML changes nothing', () => {
    const clean = '<p>A <strong>B</strong> <a href="mailto:x@y.de">C</a></p><ol><li>1</li></ol>';
    expect(sanitizeNarrativeBasic(clean)).toBe(clean);
  });
});
