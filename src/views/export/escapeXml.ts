/** Characters XML 1.0 cannot hold at all, even escaped: most controls, lone surrogates, U+FFFE/F. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Escapes text for an XML text node or attribute value; a character XML cannot hold (a lone
 * surrogate, U+FFFE, a control) becomes U+FFFD, so the document stays well-formed.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
