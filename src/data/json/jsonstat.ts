import type { LocalizedText } from '../../domain/language';
import { resolveRegion } from '../../domain/region-resolver';
import { foldName } from '../../domain/text-match';
import { resolveDuplicates } from '../columns/duplicates';
import type { FieldReaders } from '../cells/field-readers';
import type { IndicatorLabel } from '../import/import-result';
import type { IssueCollector } from '../issues/issue';
import { member, type JsonObject, type JsonValue } from '../text/json-reader';
import type { RowCounts } from '../import/import-result';
import type { ObservationBuilder, ObservationColumns } from '../columns/observation-store';

interface Dimension {
  readonly id: string;
  readonly label: string;
  readonly codes: readonly string[];
  readonly labels: ReadonlyMap<string, string>;
  readonly units: ReadonlyMap<
    string,
    { readonly unit: string | undefined; readonly decimals: number | undefined }
  >;
}

function isObject(v: JsonValue | undefined): v is JsonObject {
  return v !== null && v !== undefined && typeof v === 'object' && v.kind === 'object';
}

function isArray(v: JsonValue | undefined): v is Extract<JsonValue, { kind: 'array' }> {
  return v !== null && v !== undefined && typeof v === 'object' && v.kind === 'array';
}

function text(v: JsonValue | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function strings(v: JsonValue | undefined): string[] {
  return isArray(v) ? v.items.map(text).filter((s): s is string => s !== undefined) : [];
}

/** A JSON-stat 2.0 dataset (as SCB's PxWeb API returns it), or 1.x's single dataset under "dataset". */
export function jsonStatDataset(root: JsonObject): JsonObject | undefined {
  if (member(root, 'dimension') !== undefined && member(root, 'value') !== undefined) return root;
  const inner = member(root, 'dataset');
  return isObject(inner) && member(inner, 'dimension') !== undefined ? inner : undefined;
}

function readDimension(id: string, size: number, value: JsonValue | undefined): Dimension | undefined {
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
      const decimals = member(u, 'decimals');
      units.set(code, {
        unit: text(member(u, 'base', 'label', 'symbol')),
        decimals: typeof decimals === 'number' && Number.isInteger(decimals) ? decimals : undefined,
      });
    }
  }
  return { id, label: text(member(value, 'label')) ?? id, codes, labels, units };
}

const REGION_NAMES = new Set(['region', 'lan', 'kommun', 'geo', 'area', 'omrade']);
const TIME_NAMES = new Set(['tid', 'time', 'ar', 'year', 'period', 'artal']);
const GENDER_NAMES = new Set(['kon', 'sex', 'gender']);

function byName(dims: readonly Dimension[], names: ReadonlySet<string>): Dimension | undefined {
  return dims.find((d) => names.has(foldName(d.id)) || names.has(foldName(d.label)));
}

function problem(sv: string, en: string): { detail: LocalizedText } {
  return { detail: { sv, en } };
}

/**
 * Reads a JSON-stat 2.0 dataset: any dimension order, `value` row-major over `id`, `value` and
 * `status` dense or sparse, the time and metric roles. The metric's categories are the indicators
 * (their label, unit and decimals become the indicator's description); a further dimension with
 * more than one category becomes part of the indicator id. A null value is kept with its status.
 */
export function readJsonStat(
  dataset: JsonObject,
  builder: ObservationBuilder,
  readers: FieldReaders,
  issues: IssueCollector,
  counts: RowCounts,
  fileCode: number,
  labelsOut: IndicatorLabel[],
): ObservationColumns | undefined {
  const { line, column } = dataset;
  const ids = strings(member(dataset, 'id'));
  const sizes = isArray(member(dataset, 'size'))
    ? (member(dataset, 'size') as Extract<JsonValue, { kind: 'array' }>).items.map((s) =>
        typeof s === 'number' ? s : -1,
      )
    : [];
  const dimensionObj = member(dataset, 'dimension');
  if (
    ids.length === 0 ||
    ids.length !== sizes.length ||
    sizes.some((s) => !Number.isInteger(s) || s < 1) ||
    !isObject(dimensionObj)
  ) {
    issues.add(
      'jsonstat_invalid',
      line,
      column,
      problem(
        '"id" och "size" saknas eller stämmer inte med varandra',
        '"id" and "size" are missing or do not agree',
      ),
    );
    return undefined;
  }
  const dims: Dimension[] = [];
  for (const [k, id] of ids.entries()) {
    const dim = readDimension(id, sizes[k] ?? 0, dimensionObj.members.get(id));
    if (!dim) {
      issues.add(
        'jsonstat_invalid',
        line,
        column,
        problem(
          `dimensionen ”${id}” har inte ${sizes[k]} kategorier`,
          `dimension "${id}" does not have ${sizes[k]} categories`,
        ),
      );
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
    issues.add(
      'jsonstat_invalid',
      line,
      column,
      problem('ingen tids- eller regiondimension hittades', 'no time or region dimension was found'),
    );
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
      issues.add(
        'jsonstat_invalid',
        valueNode.line,
        valueNode.column,
        problem(
          `"value" har ${valueNode.items.length} värden men dimensionerna ger ${total}`,
          `"value" has ${valueNode.items.length} values but the dimensions make ${total}`,
        ),
      );
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
    issues.add('jsonstat_invalid', line, column, problem('"value" saknas', '"value" is missing'));
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
      indicator = builder.indicatorCode(id);
      indicatorIds.set(id, indicator);
      const unit = metric ? metric.units.get(metricCode) : undefined;
      const name = [
        metric ? (metric.labels.get(metricCode) ?? metricCode) : datasetLabel,
        ...extra.map((d) => d.labels.get(code(d)) ?? code(d)),
      ].join(', ');
      labelsOut.push({ id, name, unit: unit?.unit, decimals: unit?.decimals });
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
      issues.add('json_record_shape', line, column, {
        detail: { sv: `värde nummer ${i + 1} är inte ett tal`, en: `value number ${i + 1} is not a number` },
      });
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
  const dup = resolveDuplicates(builder, issues);
  counts.accepted -= dup.repeated + dup.conflicting;
  counts.skipped += dup.repeated;
  counts.rejected += dup.conflicting;
  return builder.build(dup.keep);
}
