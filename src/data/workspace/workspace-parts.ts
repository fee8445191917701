import { isChainLevel } from '../../domain/chain-levels';
import { isDirection } from '../../domain/indicator';
import type { LocalizedText } from '../../domain/language';
import { LEDGER_MAPPED_FIELDS, type ColumnMapping, type LedgerMappedField } from '../import/import-result';
import type { Severity } from '../issues/issue-entry';
import { ISSUE_CATALOG, type IssueCode, type IssueParams } from '../issues/issue-messages';
import { timeOf } from './workspace-migrations';
import type { ShapeMapping, Source, SourceOptions, UserIndicator, UserTarget } from './workspace';

export type WorkspaceIssueCode = Extract<IssueCode, `workspace_${string}`>;

/** One part of a workspace file that could not be read as it was, and what became of it. */
export interface WorkspacePartProblem {
  /** Where in the file: `sources[3]`, `targets`. */
  readonly part: string;
  /** The part's own name, when it has one: a file's name, an indicator's id. */
  readonly label: string | undefined;
  readonly code: WorkspaceIssueCode;
  readonly severity: Severity;
  readonly text: LocalizedText;
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function problemOf<C extends WorkspaceIssueCode>(
  part: string,
  label: string | undefined,
  code: C,
  params: IssueParams<C>,
): WorkspacePartProblem {
  const { severity, message } = ISSUE_CATALOG[code] as {
    severity: Severity;
    message: (p: IssueParams<C>) => LocalizedText;
  };
  return { part, label, code, severity, text: message(params) };
}

/**
 * A file's JSON text as data that is never trusted: keys that could reach Object.prototype
 * (`__proto__`, `constructor`, `prototype`) are dropped as the text is parsed. Undefined when the text
 * is no JSON.
 */
export function parseUntrustedJson(text: string): Json | undefined {
  try {
    return JSON.parse(text, (key, value: Json) =>
      key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value,
    ) as Json;
  } catch {
    return undefined;
  }
}

export function record(value: Json | undefined): Record<string, Json> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, Json>)
    : undefined;
}

function str(value: Json | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function finite(value: Json | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A value from the file as it reads in a message. */
const shown = (value: Json | undefined): string =>
  typeof value === 'string' ? value : value === undefined ? '—' : JSON.stringify(value);

function fromBase64(text: string): ArrayBuffer {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

const COLUMN_KEYS = ['region', 'period', 'value', 'indicator', 'gender', 'periodPart'] as const;
const isIndex = (v: Json | undefined): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Options as far as they can be read; `complete` is false when some part of them was left out. */
export function readOptions(
  value: Json | undefined,
): { options: SourceOptions; complete: boolean } | undefined {
  const o = record(value);
  if (!o) return undefined;
  const columns = record(o['columns']);
  let complete = o['columns'] === undefined || o['columns'] === null || columns !== undefined;
  const index = (k: string): number | undefined => {
    const v = columns?.[k];
    if (v === undefined || v === null) return undefined;
    if (isIndex(v)) return v;
    complete = false;
    return undefined;
  };
  const list = (k: string): number[] | undefined => {
    const raw = columns?.[k];
    const items = Array.isArray(raw) ? raw.filter(isIndex) : undefined;
    if (raw !== undefined && raw !== null && (!items || items.length !== (raw as Json[]).length))
      complete = false;
    return items;
  };
  const [periods, values, series, ignore] = ['periods', 'values', 'series', 'ignore'].map(list);
  const [region, period, valueColumn, indicator, gender, periodPart] = COLUMN_KEYS.map(index);
  const regionCode = columns ? str(columns['regionCode']) : undefined;
  if (columns && region === undefined && regionCode === undefined) complete = false;
  const lists = { periods, values, series, ignore };
  const mapping: ColumnMapping | undefined =
    columns && (region !== undefined || regionCode !== undefined)
      ? {
          ...(region !== undefined ? { region } : { regionCode }),
          period,
          value: valueColumn,
          indicator,
          gender,
          ...(periodPart !== undefined ? { periodPart } : {}),
          ...Object.fromEntries(Object.entries(lists).filter(([, v]) => v !== undefined)),
        }
      : undefined;
  const ledger = record(o['ledgerColumns']);
  if (o['ledgerColumns'] !== undefined && o['ledgerColumns'] !== null && !ledger) complete = false;
  const ledgerColumns: Partial<Record<LedgerMappedField, number>> = {};
  for (const field of LEDGER_MAPPED_FIELDS) {
    const v = ledger?.[field];
    if (isIndex(v)) ledgerColumns[field] = v;
    else if (v !== undefined && v !== null) complete = false;
  }
  for (const key of ['indicator', 'sheet', 'county'])
    if (o[key] !== undefined && o[key] !== null && str(o[key]) === undefined) complete = false;
  return {
    options: {
      ...(mapping ? { columns: mapping } : {}),
      ...(str(o['indicator']) ? { indicator: str(o['indicator']) } : {}),
      ...(str(o['sheet']) ? { sheet: str(o['sheet']) } : {}),
      ...(str(o['county']) ? { county: str(o['county']) } : {}),
      ...(ledger ? { ledgerColumns } : {}),
    },
    complete,
  };
}

interface Read<T> {
  readonly items: T[];
  readonly problems: WorkspacePartProblem[];
}

/**
 * The files. Each keeps its id unless an earlier file in the same workspace file has it: then it
 * gets a new one, so that the store (keyed by id) keeps both.
 */
export function readSources(list: readonly Json[], newId: () => string): Read<Source> {
  const items: Source[] = [];
  const problems: WorkspacePartProblem[] = [];
  const idAt = new Map<string, string>();
  let previous = -1;
  list.forEach((item, index) => {
    const part = `sources[${index}]`;
    const s = record(item);
    if (!s) return void problems.push(problemOf(part, undefined, 'workspace_part_not_object', {}));
    const name = str(s['name']);
    const base64 = str(s['base64']);
    if (name === undefined)
      return void problems.push(problemOf(part, undefined, 'workspace_source_no_name', {}));
    if (base64 === undefined)
      return void problems.push(problemOf(part, name, 'workspace_source_no_content', {}));
    let content: Blob;
    try {
      content = new Blob([fromBase64(base64)]);
    } catch {
      return void problems.push(problemOf(part, name, 'workspace_source_not_base64', {}));
    }
    const ms = timeOf(s['addedAt']);
    if (ms === undefined) problems.push(problemOf(part, name, 'workspace_source_time', {}));
    previous = ms ?? previous + 1;
    // One form of time, so that ordering the texts (as the store does) orders the times.
    const addedAt = new Date(previous).toISOString();
    let id = str(s['id']) || newId();
    const earlier = idAt.get(id);
    if (earlier !== undefined) {
      problems.push(problemOf(part, name, 'workspace_source_same_id', { other: earlier }));
      id = newId();
    }
    idAt.set(id, part);
    const options = readOptions(s['options']);
    const hasOptions = s['options'] !== undefined && s['options'] !== null;
    if (hasOptions && (!options || !options.complete))
      problems.push(problemOf(part, name, 'workspace_source_options', {}));
    items.push({ id, name, addedAt, content, options: options?.options });
  });
  return { items, problems };
}

const INDICATOR_ID = /^[a-z][a-z0-9_]*$/;

/** The user's indicators; where two share an id, the later one applies, as when the user adds one. */
export function readIndicators(list: readonly Json[]): Read<UserIndicator> {
  const byId = new Map<string, UserIndicator>();
  const partOf = new Map<string, string>();
  const problems: WorkspacePartProblem[] = [];
  list.forEach((item, index) => {
    const part = `indicators[${index}]`;
    const i = record(item);
    if (!i) return void problems.push(problemOf(part, undefined, 'workspace_part_not_object', {}));
    const id = str(i['id']);
    const label = id ?? shown(i['id']);
    if (id === undefined || !INDICATOR_ID.test(id))
      return void problems.push(problemOf(part, label, 'workspace_indicator_id', {}));
    const level = str(i['chainLevel']) ?? '';
    if (!isChainLevel(level))
      return void problems.push(
        problemOf(part, id, 'workspace_indicator_level', { value: shown(i['chainLevel']) }),
      );
    const direction = str(i['direction']) ?? '';
    if (!isDirection(direction))
      return void problems.push(
        problemOf(part, id, 'workspace_indicator_direction', { value: shown(i['direction']) }),
      );
    const earlier = partOf.get(id);
    if (earlier !== undefined) {
      problems.push(problemOf(part, id, 'workspace_indicator_same_id', { other: earlier }));
      byId.delete(id);
    }
    partOf.set(id, part);
    byId.set(id, {
      id,
      name: str(i['name']) ?? id,
      unit: str(i['unit']) ?? '',
      chainLevel: level,
      direction,
      decimals: Math.max(0, Math.min(6, Math.round(finite(i['decimals']) ?? 1))),
    });
  });
  return { items: [...byId.values()], problems };
}

/** The user's own targets; one with an incomplete baseline is kept without it, and said so. */
export function readTargets(list: readonly Json[]): Read<UserTarget> {
  const items: UserTarget[] = [];
  const problems: WorkspacePartProblem[] = [];
  list.forEach((item, index) => {
    const part = `targets[${index}]`;
    const t = record(item);
    if (!t) return void problems.push(problemOf(part, undefined, 'workspace_part_not_object', {}));
    const region = str(t['region']);
    const indicator = str(t['indicator']);
    const period = str(t['period']);
    const value = finite(t['value']);
    const label = indicator;
    // The first field that is missing or of the wrong kind, named in the message.
    const field =
      region === undefined
        ? 'region'
        : indicator === undefined
          ? 'indicator'
          : period === undefined
            ? 'period'
            : value === undefined
              ? 'value'
              : undefined;
    if (
      field ||
      region === undefined ||
      indicator === undefined ||
      period === undefined ||
      value === undefined
    )
      return void problems.push(
        problemOf(part, label, 'workspace_target_field', { field: field ?? 'value' }),
      );
    const b = record(t['baseline']);
    const bp = str(b?.['period']);
    const bv = finite(b?.['value']);
    const baseline = bp !== undefined && bv !== undefined ? { period: bp, value: bv } : undefined;
    if (!baseline && t['baseline'] !== undefined && t['baseline'] !== null)
      problems.push(problemOf(part, label, 'workspace_target_baseline', {}));
    items.push({ region, indicator, period, value, baseline });
  });
  return { items, problems };
}

/** Column choices kept by table shape. */
export function readMappings(list: readonly Json[]): Read<ShapeMapping> {
  const items: ShapeMapping[] = [];
  const problems: WorkspacePartProblem[] = [];
  list.forEach((item, index) => {
    const part = `mappings[${index}]`;
    const m = record(item);
    if (!m) return void problems.push(problemOf(part, undefined, 'workspace_part_not_object', {}));
    const shape = str(m['shape']);
    if (shape === undefined)
      return void problems.push(problemOf(part, undefined, 'workspace_mapping_shape', {}));
    const options = readOptions(m['options']);
    if (!options) return void problems.push(problemOf(part, shape, 'workspace_mapping_options', {}));
    if (!options.complete) problems.push(problemOf(part, shape, 'workspace_options_partial', {}));
    items.push({ shape, options: options.options });
  });
  return { items, problems };
}
