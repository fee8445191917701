/**
 * A cache of cells by their text that remembers the last key asked for: the rows of an export come
 * sorted, so a cell mostly repeats the one above it (a region for thousands of rows, an indicator for
 * dozens), and comparing two strings is cheaper than hashing a fresh one for the map.
 */
export class RecentMap<V> {
  private readonly map = new Map<string, V>();
  private lastKey: string | undefined;
  private lastValue: V | undefined;

  get(key: string): V | undefined {
    if (key === this.lastKey) return this.lastValue;
    const value = this.map.get(key);
    if (value !== undefined) {
      this.lastKey = key;
      this.lastValue = value;
    }
    return value;
  }

  set(key: string, value: V): void {
    this.map.set(key, value);
    this.lastKey = key;
    this.lastValue = value;
  }
}
