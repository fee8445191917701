import { GENDERS, type Gender } from '../../domain/gender';
import type { Observation } from '../../domain/observation';
import { periodFromCode, periodKey } from '../../domain/period';
import { regionAt } from '../../domain/regions';
import { detach } from '../text/detach';

/**
 * Observations in columns: typed arrays for numbers, dictionary codes for text. 22 to 27 bytes an
 * observation, and every column can cross to and from a Web Worker as a transferable buffer.
 */
export interface ObservationColumns {
  readonly length: number;
  /** Index into REGIONS. */
  readonly region: Uint16Array;
  /** Index into `indicators`: 8 or 16 bits while they fit (narrowColumn). */
  readonly indicator: Uint8Array | Uint16Array | Uint32Array;
  /** periodCode(period). */
  readonly period: Int32Array;
  /** Index into GENDERS (T, K, M). */
  readonly gender: Uint8Array;
  /** The number; NaN exactly where `marker` is non-zero. */
  readonly value: Float64Array;
  /** 0 when there is a value, else 1 + index into `markers`; 8 bits while they fit. */
  readonly marker: Uint8Array | Uint16Array;
  /** Physical line in the source file. */
  readonly line: Uint32Array;
  /** Index into `files`; 8 bits while they fit. */
  readonly file: Uint8Array | Uint16Array;
  readonly indicators: readonly string[];
  readonly markers: readonly string[];
  readonly files: readonly string[];
  /** Notes (kommentar) by row, sparse. */
  readonly noteRows: Uint32Array;
  readonly noteTexts: readonly string[];
}

/** A code column as narrow as its largest code allows: 8 or 16 bits. */
function shortCodes(largest: number): (count: number) => Uint8Array | Uint16Array {
  return (count) => (largest <= 0xff ? new Uint8Array(count) : new Uint16Array(count));
}

/** A code column as narrow as its largest code allows: 8, 16 or 32 bits. */
function codes(largest: number): (count: number) => Uint8Array | Uint16Array | Uint32Array {
  return (count) => (largest <= 0xffff ? shortCodes(largest)(count) : new Uint32Array(count));
}

/** Text values and their codes, in order of first appearance. */
export class StringDictionary {
  private readonly index = new Map<string, number>();
  readonly values: string[] = [];

  constructor(private readonly limit = Infinity) {}

  code(text: string): number {
    let code = this.index.get(text);
    if (code === undefined) {
      if (this.values.length >= this.limit)
        throw new RangeError(`More than ${this.limit} distinct values in one dictionary`);
      code = this.values.length;
      const kept = detach(text);
      this.values.push(kept);
      this.index.set(kept, code);
    }
    return code;
  }

  /** Gives a code another text; false (nothing changed) when that text has a code already. */
  rename(code: number, text: string): boolean {
    const old = this.values[code];
    if (old === undefined || this.index.has(text)) return false;
    const kept = detach(text);
    this.index.delete(old);
    this.index.set(kept, code);
    this.values[code] = kept;
    return true;
  }
}

/** Grows the columns while a file is read. */
export class ObservationBuilder {
  private capacity: number;
  length = 0;
  region: Uint16Array;
  indicator: Uint32Array;
  period: Int32Array;
  gender: Uint8Array;
  value: Float64Array;
  marker: Uint16Array;
  line: Uint32Array;
  file: Uint16Array;
  private readonly indicatorDictionary = new StringDictionary(0xffffffff);
  private readonly markerDictionary = new StringDictionary(0xfffe);
  private readonly fileDictionary = new StringDictionary(0xffff);
  private noteRows: number[] = [];
  private noteTexts: string[] = [];

  constructor(initialCapacity = 1024) {
    this.capacity = Math.max(16, initialCapacity);
    this.region = new Uint16Array(this.capacity);
    this.indicator = new Uint32Array(this.capacity);
    this.period = new Int32Array(this.capacity);
    this.gender = new Uint8Array(this.capacity);
    this.value = new Float64Array(this.capacity);
    this.marker = new Uint16Array(this.capacity);
    this.line = new Uint32Array(this.capacity);
    this.file = new Uint16Array(this.capacity);
  }

  indicatorCode(id: string): number {
    return this.indicatorDictionary.code(id);
  }

  /**
   * Renames an indicator while the file is read (a column thought constant turned out to vary, so
   * its series get the value in their id); false when the new id is taken.
   */
  renameIndicator(code: number, id: string): boolean {
    return this.indicatorDictionary.rename(code, id);
  }

  /** 1 + the marker's index: 0 in the marker column means "there is a value". */
  markerCode(marker: string): number {
    return this.markerDictionary.code(marker) + 1;
  }

  fileCode(name: string): number {
    return this.fileDictionary.code(name);
  }

  get indicators(): readonly string[] {
    return this.indicatorDictionary.values;
  }

  get markers(): readonly string[] {
    return this.markerDictionary.values;
  }

  get files(): readonly string[] {
    return this.fileDictionary.values;
  }

  private grow(): void {
    this.capacity *= 2;
    const grow = <T extends Uint16Array | Uint32Array | Int32Array | Uint8Array | Float64Array>(
      old: T,
      make: (n: number) => T,
    ): T => {
      const next = make(this.capacity);
      next.set(old);
      return next;
    };
    this.region = grow(this.region, (n) => new Uint16Array(n));
    this.indicator = grow(this.indicator, (n) => new Uint32Array(n));
    this.period = grow(this.period, (n) => new Int32Array(n));
    this.gender = grow(this.gender, (n) => new Uint8Array(n));
    this.value = grow(this.value, (n) => new Float64Array(n));
    this.marker = grow(this.marker, (n) => new Uint16Array(n));
    this.line = grow(this.line, (n) => new Uint32Array(n));
    this.file = grow(this.file, (n) => new Uint16Array(n));
  }

  /** Appends one observation; `markerCode` 0 means `value` holds the number. */
  push(
    region: number,
    indicator: number,
    period: number,
    gender: number,
    value: number,
    markerCode: number,
    line: number,
    file: number,
  ): number {
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    this.region[i] = region;
    this.indicator[i] = indicator;
    this.period[i] = period;
    this.gender[i] = gender;
    this.value[i] = markerCode === 0 ? value : NaN;
    this.marker[i] = markerCode;
    this.line[i] = line;
    this.file[i] = file;
    return i;
  }

  addNote(row: number, text: string): void {
    this.noteRows.push(row);
    this.noteTexts.push(detach(text));
  }

  /** The finished columns, trimmed to length; rows where `keep` is 0 are left out. */
  build(keep?: Uint8Array): ObservationColumns {
    const n = this.length;
    const kept: number[] = [];
    if (keep) for (let i = 0; i < n; i++) if (keep[i]) kept.push(i);
    const count = keep ? kept.length : n;
    const pick = <T extends Uint16Array | Uint32Array | Int32Array | Uint8Array | Float64Array>(
      col: Uint16Array | Uint32Array | Int32Array | Uint8Array | Float64Array,
      make: (n: number) => T,
    ): T => {
      const out = make(count);
      if (!keep) out.set(col.subarray(0, n));
      else for (let k = 0; k < count; k++) out[k] = col[kept[k] ?? 0] ?? 0;
      return out;
    };
    // Codes as narrow as the dictionaries allow: 22 bytes an observation with few indicators, 27 at most.
    const newIndex = keep ? new Map(kept.map((old, k) => [old, k])) : undefined;
    const noteRows: number[] = [];
    const noteTexts: string[] = [];
    this.noteRows.forEach((row, k) => {
      const target = newIndex ? newIndex.get(row) : row;
      if (target !== undefined) {
        noteRows.push(target);
        noteTexts.push(this.noteTexts[k] ?? '');
      }
    });
    return {
      length: count,
      region: pick(this.region, (m) => new Uint16Array(m)),
      indicator: pick(this.indicator, codes(this.indicators.length - 1)),
      period: pick(this.period, (m) => new Int32Array(m)),
      gender: pick(this.gender, (m) => new Uint8Array(m)),
      value: pick(this.value, (m) => new Float64Array(m)),
      marker: pick(this.marker, shortCodes(this.markers.length)),
      line: pick(this.line, (m) => new Uint32Array(m)),
      file: pick(this.file, shortCodes(this.files.length - 1)),
      indicators: [...this.indicators],
      markers: [...this.markers],
      files: [...this.files],
      noteRows: Uint32Array.from(noteRows),
      noteTexts,
    };
  }
}

export function emptyColumns(): ObservationColumns {
  return new ObservationBuilder(16).build();
}

/** One row as a plain observation (for tables, tests and check-data output). */
export function observationAt(columns: ObservationColumns, i: number): Observation {
  const markerCode = columns.marker[i] ?? 0;
  const gender: Gender = GENDERS[columns.gender[i] ?? 0] ?? 'T';
  return {
    region: regionAt(columns.region[i] ?? 0).code,
    indicator: columns.indicators[columns.indicator[i] ?? 0] ?? '',
    period: periodKey(periodFromCode(columns.period[i] ?? 0)),
    gender,
    value: markerCode === 0 ? (columns.value[i] ?? null) : null,
    marker: markerCode === 0 ? null : (columns.markers[markerCode - 1] ?? ''),
    source: { file: columns.files[columns.file[i] ?? 0] ?? '', line: columns.line[i] ?? 0 },
  };
}

export function* observations(columns: ObservationColumns): Generator<Observation> {
  for (let i = 0; i < columns.length; i++) yield observationAt(columns, i);
}

/** The buffers to transfer to or from a worker without copying. */
export function transferables(columns: ObservationColumns): ArrayBuffer[] {
  return [
    columns.region,
    columns.indicator,
    columns.period,
    columns.gender,
    columns.value,
    columns.marker,
    columns.line,
    columns.file,
    columns.noteRows,
  ].map((a) => a.buffer as ArrayBuffer);
}

/** Joins several files' columns into one store, re-coding the dictionaries. */
export function concatColumns(parts: readonly ObservationColumns[]): ObservationColumns {
  const total = parts.reduce((sum, p) => sum + p.length, 0);
  const builder = new ObservationBuilder(total);
  for (const part of parts) {
    const indicatorMap = part.indicators.map((id) => builder.indicatorCode(id));
    const markerMap = part.markers.map((m) => builder.markerCode(m));
    const fileMap = part.files.map((f) => builder.fileCode(f));
    const base = builder.length;
    for (let i = 0; i < part.length; i++) {
      const markerCode = part.marker[i] ?? 0;
      builder.push(
        part.region[i] ?? 0,
        indicatorMap[part.indicator[i] ?? 0] ?? 0,
        part.period[i] ?? 0,
        part.gender[i] ?? 0,
        part.value[i] ?? NaN,
        markerCode === 0 ? 0 : (markerMap[markerCode - 1] ?? 0),
        part.line[i] ?? 0,
        fileMap[part.file[i] ?? 0] ?? 0,
      );
    }
    part.noteRows.forEach((row, k) => builder.addNote(base + row, part.noteTexts[k] ?? ''));
  }
  return builder.build();
}
