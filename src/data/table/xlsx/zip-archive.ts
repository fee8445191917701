import { Inflate } from 'fflate';
import { XLSX_MAX_PART_BYTES, XLSX_MAX_TOTAL_BYTES } from './limits';
import { rawInflater } from './raw-inflater';

/** A workbook that is no readable zip archive, or a part that cannot be inflated: said as xlsx_unreadable. */
export class XlsxFormatError extends Error {}

/** A decompression cap passed while inflating: the part is not read further. */
export class XlsxInflateCapError extends Error {
  constructor(
    readonly scope: 'part' | 'total',
    readonly part: string,
    readonly limit: number,
  ) {
    super(`${part}: inflates to more than ${limit} bytes (${scope} cap)`);
  }
}

interface ZipEntry {
  readonly method: number;
  readonly flags: number;
  readonly packedSize: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes handed to the inflater at a time: its output per step stays a few MB even for a bomb. */
const PUSH_BYTES = 32 * 1024;
const STORED_SLICE = 1024 * 1024;
const names = new TextDecoder();

/**
 * A zip archive read from its central directory, so that a part is found without inflating any
 * other; a part is inflated in small steps, and the per-part and total caps are checked after each
 * step, so a bomb stops as soon as a cap is passed. Parts nobody asks for are never inflated.
 */
export class ZipArchive {
  private inflated = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: ReadonlyMap<string, ZipEntry>,
    private readonly partLimit: number,
    private readonly totalLimit: number,
  ) {}

  static open(
    bytes: Uint8Array,
    partLimit = XLSX_MAX_PART_BYTES,
    totalLimit = XLSX_MAX_TOTAL_BYTES,
  ): ZipArchive {
    return new ZipArchive(bytes, centralDirectory(bytes), partLimit, totalLimit);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** A part's packed bytes and the function that takes its inflated bytes, checking the caps. */
  private part(name: string, onBytes: (chunk: Uint8Array) => void): PartBytes {
    const entry = this.entries.get(name);
    if (!entry) throw new XlsxFormatError(`${name} missing`);
    const start = dataStart(this.bytes, entry, name);
    const packed = this.bytes.subarray(start, start + entry.packedSize);
    let partBytes = 0;
    const take = (chunk: Uint8Array): void => {
      partBytes += chunk.length;
      this.inflated += chunk.length;
      if (partBytes > this.partLimit) throw new XlsxInflateCapError('part', name, this.partLimit);
      if (this.inflated > this.totalLimit) throw new XlsxInflateCapError('total', name, this.totalLimit);
      if (chunk.length > 0) onBytes(chunk);
    };
    return { name, entry, packed, take };
  }

  /** Inflates one part, handing its bytes on in pieces; throws XlsxInflateCapError past a cap. */
  read(name: string, onBytes: (chunk: Uint8Array) => void): void {
    inflateAtOnce(this.part(name, onBytes));
  }

  /**
   * As `read`, with the platform's own inflater (raw-inflater.ts; DecompressionStream, native: in a
   * Chromium worker about three times fflate's speed, 256 MiB in 1.6–2.2 s against 5.9 s) where there
   * is one; the caps are checked as each piece comes, and a part past one is not inflated further.
   * Elsewhere, and for a stored or empty part, `read`.
   */
  async readAsync(name: string, onBytes: (chunk: Uint8Array) => void): Promise<void> {
    const part = this.part(name, onBytes);
    const { entry, packed, take } = part;
    const inflate = rawInflater();
    if (entry.method === 0 || packed.length === 0 || !inflate) {
      inflateAtOnce(part);
      return;
    }
    const pieces = inflate(packed)[Symbol.asyncIterator]();
    try {
      for (;;) {
        let piece: IteratorResult<Uint8Array>;
        try {
          piece = await pieces.next();
        } catch (error) {
          throw new XlsxFormatError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        }
        if (piece.done) return;
        take(piece.value);
      }
    } catch (error) {
      pieces.return?.()?.catch(() => undefined);
      throw error;
    }
  }
}

/** A part located in the archive: its packed bytes, and what takes its inflated bytes (the caps checked). */
interface PartBytes {
  readonly name: string;
  readonly entry: ZipEntry;
  readonly packed: Uint8Array;
  readonly take: (chunk: Uint8Array) => void;
}

/** Inflates a part with fflate in small steps (a stored part in slices), each piece taken at once. */
function inflateAtOnce({ name, entry, packed, take }: PartBytes): void {
  if (entry.method === 0) {
    for (let at = 0; at < packed.length; at += STORED_SLICE) take(packed.subarray(at, at + STORED_SLICE));
    return;
  }
  const inflater = new Inflate((chunk) => take(chunk));
  try {
    for (let at = 0; at < packed.length; at += PUSH_BYTES) {
      const end = Math.min(packed.length, at + PUSH_BYTES);
      inflater.push(packed.subarray(at, end), end === packed.length);
    }
    if (packed.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (isFlateError(error)) throw new XlsxFormatError(`${name}: ${error.message}`);
    throw error;
  }
}

function isFlateError(error: unknown): error is Error {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'number';
}

function centralDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number): number => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const u16 = (at: number): number => (at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new XlsxFormatError('not a zip archive (no central directory)');
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && u32(eocd - 20) === ZIP64_LOCATOR) {
    const z = Number(view.getBigUint64(eocd - 12, true));
    if (z + 56 > bytes.length) throw new XlsxFormatError('broken zip64 directory');
    count = Number(view.getBigUint64(z + 32, true));
    offset = Number(view.getBigUint64(z + 48, true));
  }
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL) throw new XlsxFormatError('broken zip central directory');
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    let packedSize = u32(at + 20);
    let localOffset = u32(at + 42);
    if (packedSize === 0xffffffff || localOffset === 0xffffffff) {
      ({ packedSize, localOffset } = zip64Sizes(view, at, nameLength, extraLength, packedSize, localOffset));
    }
    if (!entries.has(name))
      entries.set(name, { method: u16(at + 10), flags: u16(at + 8), packedSize, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The zip64 extra field holds, in order, the sizes and offset that are 0xFFFFFFFF in the record. */
function zip64Sizes(
  view: DataView,
  at: number,
  nameLength: number,
  extraLength: number,
  packed: number,
  offset: number,
): { packedSize: number; localOffset: number } {
  const uncompressed = view.getUint32(at + 24, true);
  let x = at + 46 + nameLength;
  const end = x + extraLength;
  while (x + 4 <= end) {
    const id = view.getUint16(x, true);
    const size = view.getUint16(x + 2, true);
    if (id === 1) {
      let f = x + 4;
      if (uncompressed === 0xffffffff) f += 8;
      const packedSize = packed === 0xffffffff ? Number(view.getBigUint64(f, true)) : packed;
      if (packed === 0xffffffff) f += 8;
      const localOffset = offset === 0xffffffff ? Number(view.getBigUint64(f, true)) : offset;
      return { packedSize, localOffset };
    }
    x += 4 + size;
  }
  throw new XlsxFormatError('broken zip64 entry');
}

function dataStart(bytes: Uint8Array, entry: ZipEntry, name: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL)
    throw new XlsxFormatError(`${name}: broken zip entry`);
  if ((entry.flags & 1) !== 0) throw new XlsxFormatError(`${name}: encrypted`);
  if (entry.method !== 0 && entry.method !== 8)
    throw new XlsxFormatError(`${name}: compression method ${entry.method} not supported`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.packedSize > bytes.length) throw new XlsxFormatError(`${name}: truncated`);
  return start;
}
