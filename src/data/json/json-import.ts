import { periodFromCode } from '../../domain/period';
import { regionAt } from '../../domain/regions';
import type { Target } from '../../domain/target';
import { readIndicatorList } from './catalogue';
import { resolveDuplicates } from '../columns/duplicates';
import { FieldReaders } from '../cells/field-readers';
import type { FileFormat, IndicatorLabel } from '../import/import-result';
import type { IssueCollector } from '../issues/issue';
import {
  JsonSyntaxError,
  MAX_JSON_DEPTH,
  member,
  readJson,
  type JsonObject,
  type JsonValue,
} from '../text/json-reader';
import type { RowCounts } from '../import/import-result';
import { ObservationBuilder, type ObservationColumns } from '../columns/observation-store';
import type { Indicator } from '../../domain/indicator';
import { RESERVED_NAMES } from '../cells/header-roles';
import { TargetSet } from '../table/target-set';
import { isKolada, readKolada } from './kolada';
import { jsonStatDataset, readJsonStat } from './jsonstat';
import { detach } from '../text/detach';

export interface JsonOutcome {
  readonly format: FileFormat;
  readonly counts: RowCounts;
  readonly observations: ObservationColumns | undefined;
  readonly targets: readonly Target[];
  readonly indicators: readonly Indicator[];
  readonly labels: readonly IndicatorLabel[];
}

const SYNTAX_DETAIL: Readonly<Record<JsonSyntaxError['kind'], { sv: string; en: string }>> = {
  unexpected_end: {
    sv: 'filen tar slut mitt i en struktur (avkortad fil?)',
    en: 'the file ends in the middle of a structure (truncated?)',
  },
  unexpected_character: { sv: 'oväntat tecken', en: 'unexpected character' },
  bad_string: { sv: 'felaktig sträng', en: 'malformed string' },
  bad_number: { sv: 'felaktigt tal', en: 'malformed number' },
  too_deep: { sv: 'för djup nästling', en: 'nested too deep' },
  trailing_content: { sv: 'text efter JSON-dokumentets slut', en: 'text after the end of the JSON document' },
};

function isObject(v: JsonValue | undefined): v is JsonObject {
  return v !== null && v !== undefined && typeof v === 'object' && v.kind === 'object';
}

function scalarText(v: JsonValue | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function emptyOutcome(format: FileFormat, counts: RowCounts): JsonOutcome {
  return { format, counts, observations: undefined, targets: [], indicators: [], labels: [] };
}

/** Reads the canonical JSON layout `{indicators?, observations, targets?}`; other JSON layouts are named and refused. */
export function importJsonText(
  text: string,
  file: string,
  issues: IssueCollector,
  defaultIndicator: string | undefined,
): JsonOutcome {
  const counts: RowCounts = { records: 0, accepted: 0, rejected: 0, skipped: 0 };
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    issues.add('file_empty', 1, null, {});
    return emptyOutcome('canonical-json', counts);
  }
  let doc: JsonValue;
  try {
    doc = readJson(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    if (error.kind === 'too_deep')
      issues.add('json_too_deep', error.line, error.column, { limit: MAX_JSON_DEPTH });
    else issues.add('json_syntax', error.line, error.column, { detail: SYNTAX_DETAIL[error.kind] });
    return emptyOutcome('canonical-json', counts);
  }

  const root = isObject(doc) ? doc : undefined;
  const observationList = root ? member(root, 'observations', 'observationer') : doc;
  if (root) {
    if (isKolada(root)) {
      const builder = new ObservationBuilder(1024);
      const observations = readKolada(
        root,
        builder,
        new FieldReaders(issues, '.'),
        issues,
        counts,
        builder.fileCode(file),
      );
      return { format: 'kolada-json', counts, observations, targets: [], indicators: [], labels: [] };
    }
    const stat = jsonStatDataset(root);
    if (stat) {
      const builder = new ObservationBuilder(1024);
      const labels: IndicatorLabel[] = [];
      const observations = readJsonStat(
        stat,
        builder,
        new FieldReaders(issues, '.'),
        issues,
        counts,
        builder.fileCode(file),
        labels,
      );
      return { format: 'jsonstat', counts, observations, targets: [], indicators: [], labels };
    }
    for (const key of root.members.keys())
      if (RESERVED_NAMES.has(key)) issues.add('json_reserved_key', root.line, root.column, { key });
  }
  const isArray = (v: JsonValue | undefined): v is Extract<JsonValue, { kind: 'array' }> =>
    v !== null && v !== undefined && typeof v === 'object' && v.kind === 'array';
  const indicatorsValue = root ? member(root, 'indicators', 'indikatorer') : undefined;
  const targetsValue = root ? member(root, 'targets', 'mal') : undefined;
  if (!isArray(observationList) && !isArray(indicatorsValue) && !isArray(targetsValue)) {
    issues.add('json_wrong_shape', 1, null, {});
    return emptyOutcome('canonical-json', counts);
  }

  const indicators = readIndicatorList(indicatorsValue, issues);
  // Indicator definitions are records too: each is accepted or rejected with a reason.
  const definitions = isArray(indicatorsValue) ? indicatorsValue.items.length : 0;
  counts.records += definitions;
  counts.accepted += indicators.length;
  counts.rejected += definitions - indicators.length;
  const readers = new FieldReaders(issues, '.');
  const builder = new ObservationBuilder(isArray(observationList) ? observationList.items.length : 16);
  const fileCode = builder.fileCode(file);

  if (isArray(observationList)) {
    for (const item of observationList.items) {
      counts.records++;
      if (!isObject(item)) {
        counts.rejected++;
        issues.add('json_record_shape', observationList.line, observationList.column, {
          detail: { sv: 'en observation ska vara ett objekt', en: 'an observation must be an object' },
        });
        continue;
      }
      if (readObservation(item, builder, readers, issues, fileCode, defaultIndicator)) counts.accepted++;
      else counts.rejected++;
    }
  }

  const targetSet = new TargetSet(issues, counts);
  if (isArray(targetsValue)) {
    for (const item of targetsValue.items) {
      counts.records++;
      if (!isObject(item)) {
        counts.rejected++;
        issues.add('json_record_shape', targetsValue.line, targetsValue.column, {
          detail: { sv: 'ett mål ska vara ett objekt', en: 'a target must be an object' },
        });
        continue;
      }
      const target = readTarget(item, readers, issues, file, defaultIndicator);
      if (target) targetSet.add(target, item.line);
      else counts.rejected++;
    }
  }
  const targets = targetSet.targets;

  const dup = resolveDuplicates(builder, issues);
  counts.accepted -= dup.repeated + dup.conflicting;
  counts.skipped += dup.repeated;
  counts.rejected += dup.conflicting;
  return {
    format: 'canonical-json',
    counts,
    observations: builder.build(dup.keep),
    targets,
    indicators,
    labels: [],
  };
}

function readObservation(
  obj: JsonObject,
  builder: ObservationBuilder,
  readers: FieldReaders,
  issues: IssueCollector,
  fileCode: number,
  defaultIndicator: string | undefined,
): boolean {
  const { line, column } = obj;
  for (const key of obj.members.keys())
    if (RESERVED_NAMES.has(key)) issues.add('json_reserved_key', line, column, { key });
  const region = readers.region(scalarText(member(obj, 'region', 'lan', 'län')) ?? '', line, column);
  const indicatorText = scalarText(member(obj, 'indicator', 'indikator')) ?? defaultIndicator ?? '';
  if (indicatorText.trim() === '') issues.add('indicator_empty', line, column, {});
  const period = readers.period(scalarText(member(obj, 'period', 'år', 'year')) ?? '', line, column);
  const genderText = scalarText(member(obj, 'gender', 'kön', 'kon'));
  const gender = genderText === undefined ? 0 : readers.gender(genderText, line, column);

  const raw = member(obj, 'value', 'värde', 'varde');
  let value: number = NaN;
  let marker: string | undefined;
  let valueOk = true;
  if (typeof raw === 'number') {
    if (Number.isFinite(raw)) value = raw + 0;
    else {
      valueOk = false;
      issues.add('value_invalid', line, column, {
        value: String(raw),
        reason: { sv: 'talet är för stort', en: 'the number is too large' },
      });
    }
  } else if (raw === null || raw === undefined) marker = scalarText(member(obj, 'marker', 'status')) ?? '';
  else if (typeof raw === 'string') {
    const read = readers.value(raw, line, column);
    if (read === undefined) valueOk = false;
    else {
      value = read.value;
      marker = read.marker;
    }
  } else {
    valueOk = false;
    issues.add('json_record_shape', line, column, {
      detail: { sv: 'värdet ska vara ett tal eller null', en: 'the value must be a number or null' },
    });
  }

  if (
    region === undefined ||
    indicatorText.trim() === '' ||
    period === undefined ||
    gender === undefined ||
    !valueOk
  )
    return false;
  const markerCode = marker === undefined ? 0 : builder.markerCode(marker);
  const row = builder.push(
    region,
    builder.indicatorCode(indicatorText.trim()),
    period,
    gender,
    value,
    markerCode,
    line,
    fileCode,
  );
  const note = scalarText(member(obj, 'note', 'kommentar'));
  if (note !== undefined && note.trim() !== '') builder.addNote(row, note.trim());
  return true;
}

function readTarget(
  obj: JsonObject,
  readers: FieldReaders,
  issues: IssueCollector,
  file: string,
  defaultIndicator: string | undefined,
): Target | undefined {
  const { line, column } = obj;
  const region = readers.region(scalarText(member(obj, 'region', 'lan', 'län')) ?? '', line, column);
  const indicator = (scalarText(member(obj, 'indicator', 'indikator')) ?? defaultIndicator ?? '').trim();
  if (indicator === '') issues.add('indicator_empty', line, column, {});
  const period = readers.period(scalarText(member(obj, 'period', 'år', 'year')) ?? '', line, column);
  const raw = member(obj, 'value', 'target', 'mål');
  const valueOk = typeof raw === 'number' && Number.isFinite(raw);
  if (!valueOk) issues.add('value_missing_in_target', line, column, {});
  let baseline: Target['baseline'];
  let baselineOk = true;
  const base = member(obj, 'baseline', 'baslinje');
  if (base !== undefined && base !== null) {
    const bp = isObject(base)
      ? readers.period(scalarText(member(base, 'period', 'år')) ?? '', base.line, base.column)
      : undefined;
    const bv = isObject(base) ? member(base, 'value', 'värde') : undefined;
    if (bp !== undefined && typeof bv === 'number' && Number.isFinite(bv))
      baseline = { period: periodFromCode(bp), value: bv + 0 };
    else {
      baselineOk = false;
      issues.add(
        'json_record_shape',
        isObject(base) ? base.line : line,
        isObject(base) ? base.column : column,
        {
          detail: {
            sv: 'baslinjen ska vara {"period": …, "value": tal}',
            en: 'the baseline must be {"period": …, "value": number}',
          },
        },
      );
    }
  }
  if (region === undefined || indicator === '' || period === undefined || !valueOk || !baselineOk)
    return undefined;
  return {
    region: regionAt(region).code,
    indicator: detach(indicator),
    period: periodFromCode(period),
    value: raw + 0,
    baseline,
    source: { file, line },
  };
}
