import { fold } from '../../../domain/text';

/** Content-Disposition with a plain ASCII fallback and the Vietnamese name in UTF-8 (RFC 6266 / 5987). */
export function attachment(name: string): string {
  const ascii = fold(name)
    .replace(/[^a-z0-9.\- ]/gi, '_')
    .replace(/\s+/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
