import { periodFromCode } from '../../domain/period';
import { regionAt } from '../../domain/regions';
import type { Target } from '../../domain/target';
import { readIndicatorList } from './catalogue';
import { FieldReaders } from '../cells/field-readers';
import { firstMalformed } from '../cells/checked-values';
import type { IssueCollector } from '../issues/issue';
import { MAX_JSON_DEPTH, member, type JsonObject } from '../text/json-reader';
import type { ObservationBuilder } from '../columns/observation-store';
import { RESERVED_NAMES } from '../cells/header-roles';
import { TargetSet } from '../table/target-set';
import { detach } from '../text/detach';
import { textEncoding, type FileHead } from '../import/file-head';
import {
  emptyOutcome,
  settledColumns,
  type FormatReader,
  type ReaderContext,
  type ReaderOutcome,
} from '../import/reader';
import { isArray, isObject, looksJson, scalarText } from './json-head';

/** Any JSON no other reader claims: the canonical layout, a catalogue, or an error in either. */
export const canonicalJsonReader: FormatReader = {
  format: 'canonical-json',
  sniff: looksJson,
  read: (head, context) => {
    const encoding = textEncoding(head, context.issues);
    const outcome = readCanonical(head, context);
    context.options.onProgress?.(1);
    return { ...outcome, encoding: encoding.encoding };
  },
};

/**
 * Reads the canonical JSON layout `{indicators?, observations, targets?}` — a catalogue is its
 * indicators alone; other JSON layouts are named and refused.
 */
function readCanonical(head: FileHead, context: ReaderContext): ReaderOutcome {
  const { issues, counts, file } = context;
  const defaultIndicator = context.options.indicator;
  const nothing = emptyOutcome('canonical-json', undefined);
  const doc = head.json();
  if (doc.kind === 'blank') {
    issues.add('file_empty', 1, null, {});
    return nothing;
  }
  if (doc.kind === 'invalid') {
    const { error } = doc;
    if (error.kind === 'too_deep')
      issues.add('json_too_deep', error.line, error.column, { limit: MAX_JSON_DEPTH });
    else issues.add('json_syntax', error.line, error.column, { problem: error.kind });
    return nothing;
  }

  const root = isObject(doc.value) ? doc.value : undefined;
  const observationList = root ? member(root, 'observations', 'observationer') : doc.value;
  if (root) {
    for (const key of root.members.keys())
      if (RESERVED_NAMES.has(key)) issues.add('json_reserved_key', root.line, root.column, { key });
  }
  const indicatorsValue = root ? member(root, 'indicators', 'indikatorer') : undefined;
  const targetsValue = root ? member(root, 'targets', 'mal') : undefined;
  if (!isArray(observationList) && !isArray(indicatorsValue) && !isArray(targetsValue)) {
    issues.add('json_wrong_shape', 1, null, {});
    return nothing;
  }

  const indicators = readIndicatorList(indicatorsValue, issues);
  // Indicator definitions are records too: each is accepted or rejected with a reason.
  const definitions = isArray(indicatorsValue) ? indicatorsValue.items.length : 0;
  counts.records += definitions;
  counts.accepted += indicators.length;
  counts.rejected += definitions - indicators.length;
  const readers = new FieldReaders(issues, '.');
  const builder = context.columns(isArray(observationList) ? observationList.items.length : 16);
  const fileCode = builder.fileCode(file);

  if (isArray(observationList)) {
    for (const item of observationList.items) {
      counts.records++;
      if (!isObject(item)) {
        counts.rejected++;
        issues.add('json_record_shape', observationList.line, observationList.column, {
          problem: 'observation_not_object',
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
          problem: 'target_not_object',
        });
        continue;
      }
      const target = readTarget(item, readers, issues, file, defaultIndicator);
      if (target) targetSet.add(target, item.line);
      else counts.rejected++;
    }
  }
  const targets = targetSet.targets;
  const observations = settledColumns(builder, context);
  return { ...nothing, observations, targets, indicators };
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
        reason: 'not_finite',
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
    issues.add('json_record_shape', line, column, { problem: 'value_not_number' });
  }
  const note = scalarText(member(obj, 'note', 'kommentar'));
  // The id is a key and goes into links; the marker and note are shown: each must be well-formed.
  const malformed = firstMalformed([
    ['indicator', indicatorText],
    ['marker', marker],
    ['note', note],
  ]);
  if (malformed) issues.add('text_malformed', line, column, { field: malformed[0], value: malformed[1] });

  if (
    malformed !== undefined ||
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
  const malformed = firstMalformed([['indicator', indicator]]);
  if (malformed) issues.add('text_malformed', line, column, { field: malformed[0], value: malformed[1] });
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
        { problem: 'baseline_shape' },
      );
    }
  }
  if (
    malformed !== undefined ||
    region === undefined ||
    indicator === '' ||
    period === undefined ||
    !valueOk ||
    !baselineOk
  )
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
