/**
 * Writing XML by hand, safely: every text and attribute value goes through these escapes. The writers
 * build strings (no DOM in src/shared), so this is the one place that knows XML's rules.
 *
 * - Characters XML 1.0 cannot carry at all (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE,
 *   U+FFFF) become U+FFFD. Each is one UTF-16 unit and so is U+FFFD, so flag offsets stay right.
 *   Calque's normalised text never holds them; a post-edit typed by hand might.
 * - CR is written `&#13;` (a parser would turn a literal CR into LF); in attributes tab, LF and CR are
 *   character references too (attribute-value normalisation would turn them into spaces).
 */

// The control characters are the point of this pattern.
const INVALID_XML_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function xmlSafe(text: string): string {
  return text.replace(INVALID_XML_CHAR, '\uFFFD')
}

export function escapeText(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
}

export function escapeAttr(value: string): string {
  return xmlSafe(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
}

/** ` name="value"` for each defined entry, in the order given. */
export function attrs(entries: Readonly<Record<string, string | number | undefined>>): string {
  let out = ''
  for (const [name, value] of Object.entries(entries)) {
    if (value === undefined) continue
    out += ` ${name}="${escapeAttr(String(value))}"`
  }
  return out
}

/** `<name a="1">text</name>` with the text escaped; `<name a="1"/>` when there is no text. */
export function element(
  name: string,
  attributes: Readonly<Record<string, string | number | undefined>>,
  text?: string
): string {
  return text === undefined || text === ''
    ? `<${name}${attrs(attributes)}/>`
    : `<${name}${attrs(attributes)}>${escapeText(text)}</${name}>`
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
