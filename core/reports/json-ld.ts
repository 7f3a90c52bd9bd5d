// JSON-LD that can be pasted into a web page. A publisher embeds ClaimReview markup in
// <script type="application/ld+json">, where the HTML parser ends the element at the first "</script"
// whatever the JSON means, and "<!--" switches it into a mode in which a later "</script>" no
// longer ends it; a claim quoting either would break out of the markup and run as the page's own
// script. So every <, > and & in the JSON text is written as a \u escape, which JSON reads back as
// the same character: the data is unchanged, and the text holds nothing the HTML parser acts on.
// U+2028 and U+2029 are escaped too, since older JavaScript parsers end a line at them.

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/gu;

/** The value as pretty-printed JSON with nothing in it that could end or alter a <script> element. */
export function jsonLdText(value: unknown): string {
  return escapeForScript(JSON.stringify(value, null, 2));
}

/** JSON text with <, >, &, U+2028 and U+2029 written as \u escapes, valid JSON of the same value. */
export function escapeForScript(json: string): string {
  return json.replace(UNSAFE_IN_SCRIPT, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One `<script type="application/ld+json">` element holding the value, ready to paste into a page. */
export function jsonLdScript(value: unknown): string {
  return `<script type="application/ld+json">\n${jsonLdText(value)}\n</script>`;
}
