import { foldName } from '../../domain/text-match';

/** An indicator id from a name: lowercase ASCII words joined by "_" ("Arbetslöshet" → "arbetsloshet"). */
export function indicatorIdFrom(name: string): string | undefined {
  const id = foldName(name)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60)
    .replace(/_+$/, '');
  if (id === '') return undefined;
  return /^[a-z]/.test(id) ? id : `i_${id}`;
}

/** A name for the data of a file without one: its file name without the extension. */
export function nameFromFile(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file)
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[_-]+/g, ' ')
    .trim();
}
