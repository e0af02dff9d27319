import sanitizeHtml from 'sanitize-html';

/**
 * The narrative's limited rich text: paragraphs, bold, lists and links (http, https, mailto).
 * Pasted Word or web HTML keeps its text and structure; scripts, styles and everything else go.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'strong', 'ul', 'ol', 'li', 'a', 'br'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head', 'template'],
  transformTags: {
    b: 'strong',
    div: 'p',
    h1: 'p',
    h2: 'p',
    h3: 'p',
    h4: 'p',
    h5: 'p',
    h6: 'p',
    blockquote: 'p',
  },
};

export function sanitizeNarrative(html: string): string {
  // A link whose address was dropped (javascript: and the like) keeps its text, not an empty <a>.
  return sanitizeHtml(html, OPTIONS)
    .replace(/<a>([\s\S]*?)<\/a>/g, '$1')
    .trim();
}
