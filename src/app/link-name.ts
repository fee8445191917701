/** What the import summary calls a linked file: its last path segment and its host. */
export function linkName(url: string): string {
  try {
    const parsed = new URL(url);
    const segment = parsed.pathname.split('/').filter(Boolean).pop() ?? '';
    let last = segment;
    try {
      last = decodeURIComponent(segment);
    } catch {
      // A malformed escape: the segment as written.
    }
    return last ? `${last} (${parsed.host})` : parsed.host;
  } catch {
    return url.slice(0, 80);
  }
}
