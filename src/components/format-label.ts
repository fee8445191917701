import type { FileFormat } from '../data/import/import-result';
import type { MessageKey } from '../i18n/dictionary';

/** How the import summary names a file's format: a word for the user, not the reader's id. */
export const FORMAT_LABEL: Readonly<Record<FileFormat, MessageKey>> = {
  'long-csv': 'formatLongCsv',
  'wide-csv': 'formatWideCsv',
  'targets-csv': 'formatTargetsCsv',
  'ledger-csv': 'formatLedgerCsv',
  'frames-csv': 'formatFramesCsv',
  'shares-csv': 'formatSharesCsv',
  xlsx: 'formatXlsx',
  'xlsx-long': 'formatXlsxLong',
  'xlsx-wide': 'formatXlsxWide',
  'xlsx-targets': 'formatXlsxTargets',
  'xlsx-ledger': 'formatXlsxLedger',
  'xlsx-frames': 'formatXlsxFrames',
  'xlsx-shares': 'formatXlsxShares',
  'canonical-json': 'formatCanonicalJson',
  'kolada-json': 'formatKoladaJson',
  jsonstat: 'formatJsonstat',
  'pxweb-csv': 'formatPxwebCsv',
  unknown: 'formatUnknown',
};
