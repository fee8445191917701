import { crc32 } from 'node:zlib';
import { zipArchive, type PackedPart } from './xlsx-bytes';

/**
 * A well-formed zip archive with its entries stored uncompressed: enough to make a file that opens
 * as a zip (so starts with PK\x03\x04) but is not a workbook.
 */
export function zipBytes(entries: Readonly<Record<string, string>>): Uint8Array {
  const encoder = new TextEncoder();
  return zipArchive(
    Object.entries(entries).map(([path, text]) => {
      const data = encoder.encode(text);
      const stored: PackedPart = { packed: data, method: 0, size: data.length, crc: crc32(data) };
      return [path, stored] as const;
    }),
  );
}
