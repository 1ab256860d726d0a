import { describe, expect, it } from 'vitest';
import { hasText, sanitizeRichText } from './rich-text';

describe('rich text', () => {
  it('keeps the editor’s formatting and drops scripts, handlers and unsafe links', () => {
    const html =
      '<h2>Biên bản</h2><p onclick="x()">Đồng chí <strong>An</strong> <em>phát biểu</em></p>' +
      '<script>alert(1)</script><ul><li>Một</li></ul><a href="javascript:alert(1)">xấu</a>' +
      '<a href="https://dang.vn">tốt</a><img src=x onerror=alert(1)><style>p{}</style>';
    const clean = sanitizeRichText(html);
    expect(clean).toContain('<h2>Biên bản</h2>');
    expect(clean).toContain('<p>Đồng chí <strong>An</strong> <em>phát biểu</em></p>');
    expect(clean).toContain('<ul><li>Một</li></ul>');
    expect(clean).toContain('<a href="https://dang.vn" rel="noopener noreferrer" target="_blank">tốt</a>');
    expect(clean).not.toMatch(/script|onclick|onerror|javascript|<img|<style|alert/);
    expect(clean).toContain('xấu');
  });

  it('tells empty editor content from text', () => {
    expect(hasText('<p></p><p> </p>')).toBe(false);
    expect(hasText(null)).toBe(false);
    expect(hasText('<p>Có nội dung</p>')).toBe(true);
  });
});
