import { resolveDuplicates } from '../columns/duplicates';
import type { FieldReaders } from '../cells/field-readers';
import type { IssueCollector } from '../issues/issue';
import { member, type JsonObject, type JsonValue } from '../text/json-reader';
import type { RowCounts } from '../import/import-result';
import type { ObservationBuilder, ObservationColumns } from '../columns/observation-store';

function isObject(v: JsonValue | undefined): v is JsonObject {
  return v !== null && v !== undefined && typeof v === 'object' && v.kind === 'object';
}

function scalar(v: JsonValue | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** A Kolada API response: `values` entries with a kpi, a municipality id, a period and values by gender. */
export function isKolada(root: JsonObject): boolean {
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
export function readKolada(
  root: JsonObject,
  builder: ObservationBuilder,
  readers: FieldReaders,
  issues: IssueCollector,
  counts: RowCounts,
  fileCode: number,
): ObservationColumns {
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
      issues.add('json_record_shape', root.line, root.column, {
        detail: {
          sv: 'en post i "values" ska vara ett objekt',
          en: 'an entry in "values" must be an object',
        },
      });
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
    for (const point of points) {
      counts.records++;
      if (!isObject(point)) {
        counts.rejected++;
        issues.add('json_record_shape', line, column, {
          detail: { sv: 'ett värde ska vara ett objekt', en: 'a value must be an object' },
        });
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
        issues.add('json_record_shape', point.line, point.column, {
          detail: { sv: 'värdet ska vara ett tal eller null', en: 'the value must be a number or null' },
        });
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
  const dup = resolveDuplicates(builder, issues);
  counts.accepted -= dup.repeated + dup.conflicting;
  counts.skipped += dup.repeated;
  counts.rejected += dup.conflicting;
  return builder.build(dup.keep);
}
