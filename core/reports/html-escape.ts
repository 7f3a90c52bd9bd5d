// Everything in a report comes from imported articles, reader comments and reviewers' notes, any
// of which may contain markup. Each value goes through one of these before it reaches the HTML.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/**
 * The URL normalised, when it is an absolute http(s) URL; null for anything else (javascript:,
 * data:, relative paths, garbage), which is then shown as text and never made a link.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * A CSS string literal. Every character but letters, digits and spaces becomes a CSS escape, so
 * user text can neither end the string nor close the <style> element.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text.replace(/\s+/gu, ' ')) {
    out += /[\p{L}\p{N} ]/u.test(ch) ? ch : `\\${(ch.codePointAt(0) ?? 0x3f).toString(16)} `;
  }
  return `${out}"`;
}
