import { resolveRegion } from '../../domain/region-resolver';
import { foldName } from '../../domain/text-match';
import { FieldReaders } from '../cells/field-readers';
import { textEncoding, type FileHead } from '../import/file-head';
import type { IndicatorLabel } from '../import/import-result';
import {
  emptyOutcome,
  settledColumns,
  type FormatReader,
  type ReaderContext,
  type ReaderOutcome,
} from '../import/reader';
import { member, type JsonObject, type JsonValue } from '../text/json-reader';
import { isWellFormed } from '../text/well-formed';
import type { IssueCollector } from '../issues/issue';
import { checkedDecimals, firstMalformed } from '../cells/checked-values';
import type { ObservationColumns } from '../columns/observation-store';
import { isArray, isObject, jsonRoot, scalarText as text } from './json-head';

interface Dimension {
  readonly id: string;
  /** Where the dimension is in the file: what an issue about its categories points at. */
  readonly line: number;
  readonly column: number;
  readonly label: string;
  readonly codes: readonly string[];
  readonly labels: ReadonlyMap<string, string>;
  readonly units: ReadonlyMap<
    string,
    { readonly unit: string | undefined; readonly decimals: number | undefined }
  >;
}

function strings(v: JsonValue | undefined): string[] {
  return isArray(v) ? v.items.map(text).filter((s): s is string => s !== undefined) : [];
}

/** A JSON-stat 2.0 dataset (as SCB's PxWeb API returns it), or 1.x's single dataset under "dataset". */
function jsonStatDataset(root: JsonObject): JsonObject | undefined {
  if (member(root, 'dimension') !== undefined && member(root, 'value') !== undefined) return root;
  const inner = member(root, 'dataset');
  return isObject(inner) && member(inner, 'dimension') !== undefined ? inner : undefined;
}

function readDimension(
  id: string,
  size: number,
  value: JsonValue | undefined,
  issues: IssueCollector,
): Dimension | undefined {
  if (!isObject(value)) return undefined;
  const category = member(value, 'category');
  const cat = isObject(category) ? category : undefined;
  const index = cat ? member(cat, 'index') : undefined;
  const labelObj = cat ? member(cat, 'label') : undefined;
  let codes: string[] = [];
  if (isArray(index)) codes = strings(index);
  else if (isObject(index)) {
    codes = new Array<string>(size).fill('');
    for (const [code, position] of index.members)
      if (typeof position === 'number' && position >= 0 && position < size) codes[position] = code;
  } else if (isObject(labelObj)) codes = [...labelObj.members.keys()];
  if (codes.length !== size || codes.some((c) => c === '')) return undefined;
  const labels = new Map<string, string>();
  if (isObject(labelObj)) for (const [code, label] of labelObj.members) labels.set(code, text(label) ?? code);
  const units = new Map<string, { unit: string | undefined; decimals: number | undefined }>();
  const unitObj = cat ? member(cat, 'unit') : undefined;
  if (isObject(unitObj)) {
    for (const [code, u] of unitObj.members) {
      if (!isObject(u)) continue;
      units.set(code, {
        unit: text(member(u, 'base', 'label', 'symbol')),
        decimals: checkedDecimals(member(u, 'decimals'), code, u, issues),
      });
    }
  }
  const { line, column } = value;
  return { id, line, column, label: text(member(value, 'label')) ?? id, codes, labels, units };
}

const REGION_NAMES = new Set(['region', 'lan', 'kommun', 'geo', 'area', 'omrade']);
const TIME_NAMES = new Set(['tid', 'time', 'ar', 'year', 'period', 'artal']);
const GENDER_NAMES = new Set(['kon', 'sex', 'gender']);

function byName(dims: readonly Dimension[], names: ReadonlySet<string>): Dimension | undefined {
  return dims.find((d) => names.has(foldName(d.id)) || names.has(foldName(d.label)));
}

/**
 * Reads a JSON-stat 2.0 dataset: any dimension order, `value` row-major over `id`, `value` and
 * `status` dense or sparse, the time and metric roles. The metric's categories are the indicators
 * (their label, unit and decimals become the indicator's description); a further dimension with
 * more than one category becomes part of the indicator id. A null value is kept with its status.
 */
function readJsonStat(head: FileHead, context: ReaderContext): ReaderOutcome {
  const encoding = textEncoding(head, context.issues);
  const root = jsonRoot(head);
  const dataset = root && jsonStatDataset(root);
  const labels: IndicatorLabel[] = [];
  const observations = dataset ? readDataset(dataset, context, labels) : undefined;
  context.options.onProgress?.(1);
  // JSON-stat's labels name its indicators, but do not keep indicator_not_in_catalogue away (as before).
  return { ...emptyOutcome('jsonstat', encoding.encoding), observations, labels, describes: [] };
}

export const jsonStatReader: FormatReader = {
  format: 'jsonstat',
  sniff: (head) => {
    const root = jsonRoot(head);
    return root !== undefined && jsonStatDataset(root) !== undefined;
  },
  read: readJsonStat,
};

function readDataset(
  dataset: JsonObject,
  context: ReaderContext,
  labelsOut: IndicatorLabel[],
): ObservationColumns | undefined {
  const { issues, counts } = context;
  const builder = context.columns(1024);
  const readers = new FieldReaders(issues, '.');
  const fileCode = builder.fileCode(context.file);
  const { line, column } = dataset;
  const ids = strings(member(dataset, 'id'));
  const sizeNode = member(dataset, 'size');
  const sizes = isArray(sizeNode) ? sizeNode.items.map((s) => (typeof s === 'number' ? s : -1)) : [];
  const dimensionObj = member(dataset, 'dimension');
  if (
    ids.length === 0 ||
    ids.length !== sizes.length ||
    sizes.some((s) => !Number.isInteger(s) || s < 1) ||
    !isObject(dimensionObj)
  ) {
    issues.add('jsonstat_invalid', line, column, { problem: 'id_size' });
    return undefined;
  }
  const dims: Dimension[] = [];
  for (const [k, id] of ids.entries()) {
    const dim = readDimension(id, sizes[k] ?? 0, dimensionObj.members.get(id), issues);
    if (!dim) {
      issues.add('jsonstat_invalid', line, column, {
        problem: 'dimension_size',
        dimension: id,
        size: sizes[k] ?? 0,
      });
      return undefined;
    }
    dims.push(dim);
  }
  const role = member(dataset, 'role');
  const roleOf = (name: string): Dimension | undefined => {
    const listed = isObject(role) ? strings(member(role, name))[0] : undefined;
    return listed === undefined ? undefined : dims.find((d) => d.id === listed);
  };
  const time = roleOf('time') ?? byName(dims, TIME_NAMES);
  const metric = roleOf('metric') ?? dims.find((d) => d.id === 'ContentsCode');
  const gender = byName(dims, GENDER_NAMES);
  const region =
    roleOf('geo') ??
    byName(dims, REGION_NAMES) ??
    dims.find((d) => d !== time && d !== metric && d !== gender && d.codes.every((c) => resolveRegion(c).ok));
  if (!time || !region) {
    issues.add('jsonstat_invalid', line, column, { problem: 'no_time_or_region' });
    return undefined;
  }
  const extra = dims.filter(
    (d) => d !== time && d !== region && d !== metric && d !== gender && d.codes.length > 1,
  );
  for (const d of extra)
    issues.add('jsonstat_dimension', line, column, {
      name: d.label,
      values: d.codes.map((c) => d.labels.get(c) ?? c).join(', '),
    });

  // Row-major strides: the last dimension varies fastest.
  const strides = new Array<number>(dims.length).fill(1);
  for (let k = dims.length - 2; k >= 0; k--) strides[k] = (strides[k + 1] ?? 1) * (sizes[k + 1] ?? 1);
  const total = sizes.reduce((a, b) => a * b, 1);

  const valueNode = member(dataset, 'value');
  const statusNode = member(dataset, 'status');
  const cellValue = (i: number): JsonValue | undefined =>
    isArray(valueNode)
      ? valueNode.items[i]
      : isObject(valueNode)
        ? valueNode.members.get(String(i))
        : undefined;
  const cellStatus = (i: number): string | undefined =>
    typeof statusNode === 'string'
      ? statusNode
      : isArray(statusNode)
        ? text(statusNode.items[i])
        : isObject(statusNode)
          ? text(statusNode.members.get(String(i)))
          : undefined;
  let cells: number[];
  if (isArray(valueNode)) {
    if (valueNode.items.length !== total) {
      issues.add('jsonstat_invalid', valueNode.line, valueNode.column, {
        problem: 'value_count',
        found: valueNode.items.length,
        expected: total,
      });
      return undefined;
    }
    cells = Array.from({ length: total }, (_, i) => i);
  } else if (isObject(valueNode)) {
    const keys = new Set([
      ...valueNode.members.keys(),
      ...(isObject(statusNode) ? statusNode.members.keys() : []),
    ]);
    cells = [...keys]
      .map(Number)
      .filter((i) => Number.isInteger(i) && i >= 0 && i < total)
      .sort((a, b) => a - b);
  } else {
    issues.add('jsonstat_invalid', line, column, { problem: 'value_missing' });
    return undefined;
  }

  const datasetLabel = text(member(dataset, 'label')) ?? 'JSON-stat';
  const indicatorIds = new Map<string, number>();
  const regionIndexes = new Map<string, number | undefined>();
  const regionPosition = dims.indexOf(region);
  for (const code of region.codes) {
    const byCode = resolveRegion(code);
    const resolved = byCode.ok
      ? readers.region(code, line, column)
      : readers.region(region.labels.get(code) ?? code, line, column);
    regionIndexes.set(code, resolved);
  }
  const periodCodes = new Map(time.codes.map((c) => [c, readers.period(c, line, column)]));
  const genderCodes = gender
    ? new Map(gender.codes.map((c) => [c, readers.gender(c, line, column)]))
    : undefined;

  for (const i of cells) {
    counts.records++;
    const position = dims.map((_, k) => Math.floor(i / (strides[k] ?? 1)) % (sizes[k] ?? 1));
    const code = (d: Dimension): string => d.codes[position[dims.indexOf(d)] ?? 0] ?? '';
    const regionIndex = regionIndexes.get(region.codes[position[regionPosition] ?? 0] ?? '');
    const period = periodCodes.get(code(time));
    const genderIndex = genderCodes ? genderCodes.get(code(gender as Dimension)) : 0;
    // The indicator: the metric's category, with any further dimension's category appended.
    const metricCode = metric ? code(metric) : '';
    const idParts = [metricCode || datasetLabel, ...extra.map((d) => code(d))];
    const id = idParts.join('__');
    let indicator = indicatorIds.get(id);
    if (indicator === undefined) {
      const unit = metric ? metric.units.get(metricCode) : undefined;
      const name = [
        metric ? (metric.labels.get(metricCode) ?? metricCode) : datasetLabel,
        ...extra.map((d) => d.labels.get(code(d)) ?? code(d)),
      ].join(', ');
      // An id, name or unit that is not well-formed Unicode: every cell of the indicator is rejected.
      const bad = firstMalformed([
        ['indicator', id],
        ['name', name],
        ['unit', unit?.unit],
      ]);
      if (bad) {
        const at = metric ?? { line, column };
        issues.add('text_malformed', at.line, at.column, { field: bad[0], value: bad[1] });
        indicator = -1;
      } else {
        indicator = builder.indicatorCode(id);
        labelsOut.push({ id, name, unit: unit?.unit, decimals: unit?.decimals });
      }
      indicatorIds.set(id, indicator);
    }
    if (indicator < 0) {
      counts.rejected++;
      continue;
    }
    const raw = cellValue(i);
    const status = cellStatus(i)?.trim();
    let value = NaN;
    let marker: string | undefined;
    if (typeof raw === 'number' && Number.isFinite(raw)) value = raw + 0;
    else if (raw === null || raw === undefined)
      marker = status === undefined || status === '' ? '..' : status;
    else {
      counts.rejected++;
      issues.add('json_record_shape', line, column, { problem: 'cell_not_number', position: i + 1 });
      continue;
    }
    if (marker !== undefined && !isWellFormed(marker)) {
      counts.rejected++;
      issues.add('text_malformed', line, column, { field: 'marker', value: marker });
      continue;
    }
    if (regionIndex === undefined || period === undefined || genderIndex === undefined) {
      counts.rejected++;
      continue;
    }
    builder.push(
      regionIndex,
      indicator,
      period,
      genderIndex,
      value,
      marker === undefined ? 0 : builder.markerCode(marker),
      line,
      fileCode,
    );
    counts.accepted++;
  }
  return settledColumns(builder, context);
}
