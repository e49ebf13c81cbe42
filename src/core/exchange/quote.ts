/**
 * Text from someone else's file, made safe to show: in a terminal, a control character can move the
 * cursor, recolour or rewrite what is already on screen ("import: OK"), and a bidirectional override
 * can make a value read backwards. Every message that quotes their text goes through here.
 */

/**
 * C0 and C1 controls, DEL, bidirectional marks and overrides, line/paragraph separators, zero-width
 * and byte-order marks, and lone surrogates: shown as \u{...} instead of being acted on.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters this file escapes
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` with every unsafe character escaped (tab and newline too: a message is one line). */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const named: Record<string, string> = { "\t": "\\t", "\n": "\\n", "\r": "\\r" };
    return named[ch] ?? `\\u{${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}}`;
  });
}

/** The first `max` characters of `text`, never splitting a surrogate pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  // A high surrogate at the cut would lose its partner and turn into U+FFFD.
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/**
 * Their text in double quotes, escaped and cut to at most `max` characters (an ellipsis and the full
 * length say that it was cut), so a message stays one readable line.
 */
export function quoteText(text: string, max = 80): string {
  const cut = cutText(text, max);
  const more = cut.length < text.length ? `… (${text.length} characters)` : "";
  return `"${escapeUnsafe(cut).replace(/"/g, '\\"')}"${more}`;
}

/** A whole line for a terminal: unsafe characters escaped, at most `max` characters. */
export function safeLine(text: string, max = 1000): string {
  const cut = cutText(text, max);
  return escapeUnsafe(cut) + (cut.length < text.length ? " …" : "");
}
