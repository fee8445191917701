import { FieldReaders } from '../cells/field-readers';
import { firstMalformed } from '../cells/checked-values';
import { textEncoding, type FileHead } from '../import/file-head';
import {
  emptyOutcome,
  settledColumns,
  type FormatReader,
  type ReaderContext,
  type ReaderOutcome,
} from '../import/reader';
import { member, type JsonObject } from '../text/json-reader';
import { isObject, jsonRoot, scalarText as scalar } from './json-head';

/** A Kolada API response: `values` entries with a kpi, a municipality id, a period and values by gender. */
function isKolada(root: JsonObject): boolean {
  const values = member(root, 'values');
  if (values === null || values === undefined || typeof values !== 'object' || values.kind !== 'array')
    return false;
  const first = values.items[0];
  return first === undefined
    ? member(root, 'count') !== undefined
    : isObject(first) && member(first, 'kpi') !== undefined;
}

/**
 * Reads Kolada's API JSON (v2 `values[].values[]` with `next_page`, v3 with `next_url`): one
 * observation per kpi, region, period and gender. Region ids are Kolada's four digits ("0000"
 * Riket, "0020" Dalarnas län, "2080" Falun). A null value is kept as missing with its status.
 * Several pages come as several files; a page that says more follow gets a note.
 */
function readKolada(head: FileHead, context: ReaderContext): ReaderOutcome {
  const encoding = textEncoding(head, context.issues);
  const root = jsonRoot(head);
  if (!root) return emptyOutcome('kolada-json', encoding.encoding);
  const { issues, counts } = context;
  const builder = context.columns(1024);
  const readers = new FieldReaders(issues, '.');
  const fileCode = builder.fileCode(context.file);
  const next = member(root, 'next_page', 'next_url');
  if (typeof next === 'string' && next !== '')
    issues.add('kolada_more_pages', root.line, root.column, { next });
  const values = member(root, 'values');
  const entries =
    values !== null && values !== undefined && typeof values === 'object' && values.kind === 'array'
      ? values.items
      : [];
  for (const entry of entries) {
    if (!isObject(entry)) {
      counts.records++;
      counts.rejected++;
      issues.add('json_record_shape', root.line, root.column, { problem: 'entry_not_object' });
      continue;
    }
    const { line, column } = entry;
    const kpi = scalar(member(entry, 'kpi'))?.trim() ?? '';
    const regionText = scalar(member(entry, 'municipality', 'municipality_id', 'ou')) ?? '';
    const periodText = scalar(member(entry, 'period')) ?? '';
    const inner = member(entry, 'values');
    const points =
      inner !== null && inner !== undefined && typeof inner === 'object' && inner.kind === 'array'
        ? inner.items
        : [];
    // The entry's own fields are read once; each of its values is a record.
    const region = readers.region(regionText, line, column);
    const period = readers.period(periodText, line, column);
    if (kpi === '') issues.add('indicator_empty', line, column, {});
    // The kpi is a key and goes into links: not well-formed, every value of the entry is rejected.
    const badKpi = firstMalformed([['indicator', kpi]]);
    for (const point of points) {
      counts.records++;
      if (!isObject(point)) {
        counts.rejected++;
        issues.add('json_record_shape', line, column, { problem: 'point_not_object' });
        continue;
      }
      const gender = readers.gender(scalar(member(point, 'gender')) ?? 'T', point.line, point.column);
      const raw = member(point, 'value');
      let value = NaN;
      let marker: string | undefined;
      if (typeof raw === 'number' && Number.isFinite(raw)) value = raw + 0;
      else if (raw === null || raw === undefined) {
        const status = scalar(member(point, 'status'))?.trim();
        marker = status === undefined || status === '' ? '..' : status;
      } else {
        counts.rejected++;
        issues.add('json_record_shape', point.line, point.column, { problem: 'value_not_number' });
        continue;
      }
      const malformed = badKpi ?? firstMalformed([['marker', marker]]);
      if (malformed) {
        counts.rejected++;
        issues.add('text_malformed', point.line, point.column, { field: malformed[0], value: malformed[1] });
        continue;
      }
      if (region === undefined || period === undefined || gender === undefined || kpi === '') {
        counts.rejected++;
        continue;
      }
      const markerCode = marker === undefined ? 0 : builder.markerCode(marker);
      builder.push(
        region,
        builder.indicatorCode(kpi),
        period,
        gender,
        value,
        markerCode,
        point.line,
        fileCode,
      );
      counts.accepted++;
    }
  }
  const observations = settledColumns(builder, context);
  context.options.onProgress?.(1);
  return { ...emptyOutcome('kolada-json', encoding.encoding), observations };
}

export const koladaReader: FormatReader = {
  format: 'kolada-json',
  sniff: (head) => {
    const root = jsonRoot(head);
    return root !== undefined && isKolada(root);
  },
  read: readKolada,
};
