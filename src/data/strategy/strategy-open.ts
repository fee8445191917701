import { refusal, type StrategyFileRead } from './strategy-file';
import { readStrategyJson } from './strategy-json';
import { readStrategyXlsx } from './strategy-xlsx-read';

/**
 * A strategy file opened: a workbook (a zip: `PK\x03\x04`) is read as one, anything else as JSON
 * text (UTF-8, a BOM allowed). Nothing is applied here; the caller shows what was read first.
 */
export function readStrategyFile(bytes: Uint8Array): StrategyFileRead {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return readStrategyXlsx(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return refusal('strategy_not_json', {});
  }
  return readStrategyJson(text);
}
