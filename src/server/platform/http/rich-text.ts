import sanitizeHtml from 'sanitize-html';

/**
 * Rich text from the editor (minutes, later documents), reduced to a small safe set: paragraphs, headings,
 * emphasis, lists, quotes, tables and http(s)/mailto links. Scripts, styles, event handlers and anything
 * else are dropped, their text kept where it is text.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'ul',
    'ol',
    'li',
    'h2',
    'h3',
    'h4',
    'blockquote',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'hr',
  ],
  allowedAttributes: { a: ['href', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  disallowedTagsMode: 'discard',
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }) },
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, options).trim();
}

/** Whether rich text holds any visible text (an editor's empty `<p></p>` does not). */
export function hasText(html: string | null | undefined): boolean {
  if (!html) return false;
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).trim().length > 0;
}
