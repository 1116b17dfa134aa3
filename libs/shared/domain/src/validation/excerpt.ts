/** Most characters of a value an error message or a problem quotes; a longer value is cut and marked. */
export const MAX_EXCERPT_CHARACTERS = 80;

/**
 * A value as an error may quote it: whole, or its first 80 characters (code points, so no emoji is split) followed
 * by «…» and the value's length, so a 100,000-character cell makes an error of a line, not of 100,000 characters.
 */
export function excerpt(value: string): string {
  if (value.length <= MAX_EXCERPT_CHARACTERS) return value;
  let characters = 0;
  let cut = value.length;
  for (let index = 0; index < value.length; index++) {
    const unit = value.charCodeAt(index);
    // The second half of a surrogate pair belongs to the character before it.
    if (unit >= 0xdc00 && unit <= 0xdfff && index > 0) continue;
    if (characters === MAX_EXCERPT_CHARACTERS) cut = Math.min(cut, index);
    characters++;
  }
  if (characters <= MAX_EXCERPT_CHARACTERS) return value;
  return `${value.slice(0, cut)}… (${characters.toLocaleString('da-DK')} tegn i alt)`;
}
