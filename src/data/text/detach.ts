/**
 * A copy of `text` that no longer points into the (megabyte-long) chunk it was sliced from.
 * V8 keeps a sliced string's whole parent alive; a dictionary entry or a message built from a cell
 * would otherwise hold on to its chunk of the file for as long as the dataset lives.
 */
export function detach(text: string): string {
  return text.length === 0 ? '' : (' ' + text).slice(1);
}
