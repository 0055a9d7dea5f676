/** Asides and sentence ends in text built from parts: no nested brackets, nothing said twice, every sentence finished. */

const key = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

/**
 * What follows a name to say more about it: " (Housing officer)"; nothing when the aside only
 * repeats the name ("Oak Primary School", never "Oak Primary School (Oak Primary School)"); and
 * after a comma when the aside has brackets of its own, so brackets never nest
 * ("Priya Shah, SENCO (Special Educational Needs Co-ordinator)").
 */
export function asideOf(name: string, aside: string): string {
  const said = aside.trim();
  if (said === '' || key(said) === key(name)) return '';
  return /[()]/.test(said) ? `, ${said}` : ` (${said})`;
}

/** The name with its aside: see `asideOf`. */
export function withAside(name: string, aside: string): string {
  return `${name.trim()}${asideOf(name, aside)}`;
}

/** Typed text as a finished sentence: a full stop added when it ends without one ("… Kirkby Family Hub" → "… Kirkby Family Hub."). */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '' || /[.!?…:;]["'”’)\]]*$/u.test(trimmed)) return trimmed;
  return `${trimmed}.`;
}
