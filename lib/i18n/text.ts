// Visible text as a reader takes it, for comparing the portal's words in English and Russian. (The scam detector
// keeps its own, stricter folding in lib/scam/normalise.ts: it imports nothing from outside lib/scam.)

/** Runs of white space (newlines, no-break spaces) as one space, ends trimmed: the text as it reads on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** For matching visible words: one line, lower case, «ё» as «е» (the portal and the docs spell both ways). */
export function foldText(text: string): string {
  return oneLine(text).toLowerCase().replace(/ё/g, 'е');
}

/** `{name}` parameters of a UI string replaced; an unknown name is left as it is. */
export function format(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
