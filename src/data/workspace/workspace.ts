import { isChainLevel, type ChainLevel } from '../../domain/chain-levels';
import { isDirection, type Direction } from '../../domain/indicator';
import type { LocalizedText } from '../../domain/language';
import type { ColumnMapping } from '../import/import-result';
import { ISSUE_CATALOG, type IssueCode, type IssueParams } from '../issues/issue-messages';
import { migrateWorkspace, timeOf, WORKSPACE_VERSION } from './workspace-migrations';

/** How a file is to be read, when its header does not say: chosen once, kept with the file. */
export interface SourceOptions {
  readonly columns?: ColumnMapping;
  readonly indicator?: string;
  readonly sheet?: string;
}

/** A file the user added. Its content is kept, so the workspace survives a reload. */
export interface Source {
  readonly id: string;
  readonly name: string;
  readonly addedAt: string;
  readonly content: Blob;
  readonly options: SourceOptions | undefined;
}

/** An indicator the user described (for a file the catalogue does not know). */
export interface UserIndicator {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly chainLevel: ChainLevel;
  readonly direction: Direction;
  readonly decimals: number;
}

/** A target the user set in the app. */
export interface UserTarget {
  readonly region: string;
  readonly indicator: string;
  /** Normalised period key (`2030`). */
  readonly period: string;
  readonly value: number;
  readonly baseline: { readonly period: string; readonly value: number } | undefined;
}

export interface Workspace {
  readonly sources: readonly Source[];
  readonly indicators: readonly UserIndicator[];
  readonly targets: readonly UserTarget[];
  /** Column mappings by table shape, applied to any file of that shape. A list, not an object keyed by data. */
  readonly mappings: readonly ShapeMapping[];
}

export interface ShapeMapping {
  readonly shape: string;
  readonly options: SourceOptions;
}

export const EMPTY_WORKSPACE: Workspace = { sources: [], indicators: [], targets: [], mappings: [] };

/** The name of the file that carries the user's own indicators and targets into the import. */
/**
 * The workspace with one source's content replaced. The new content gets a new id, so everything
 * keyed by the source (the dataset query among them) reads it afresh; it keeps the old file's place
 * (its addedAt) and options, so the order of files, and which file wins, stays as it was.
 */
export function withReplacedSource(
  workspace: Workspace,
  id: string,
  file: { readonly name: string; readonly content: Blob },
  newId: string,
): { workspace: Workspace; replaced: Source | undefined } {
  const old = workspace.sources.find((s) => s.id === id);
  if (!old) return { workspace, replaced: undefined };
  const replaced: Source = { ...old, id: newId, name: file.name, content: file.content };
  return {
    workspace: { ...workspace, sources: workspace.sources.map((s) => (s.id === id ? replaced : s)) },
    replaced,
  };
}

export const USER_FILE_NAME = 'egna-indikatorer-och-mal.json';

/** The user's indicators and targets as a canonical JSON file, read by the same pipeline as any. */
export function userFile(workspace: Workspace): Uint8Array | undefined {
  if (workspace.indicators.length === 0 && workspace.targets.length === 0) return undefined;
  const doc = {
    indicators: workspace.indicators.map((i) => ({
      id: i.id,
      name: { sv: i.name, en: i.name },
      unit: { sv: i.unit, en: i.unit },
      chainLevel: i.chainLevel,
      direction: i.direction,
      question: { kind: 'summative', sv: '', en: '' },
      source: 'Egen indikator / own indicator',
      decimals: i.decimals,
    })),
    observations: [],
    targets: workspace.targets.map((t) => ({
      region: t.region,
      indicator: t.indicator,
      period: t.period,
      value: t.value,
      ...(t.baseline ? { baseline: { period: t.baseline.period, value: t.baseline.value } } : {}),
    })),
  };
  return new TextEncoder().encode(JSON.stringify(doc));
}

const FORMAT = 'regionala-resultat-arbetsyta';

function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000)
    binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): ArrayBuffer {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/** The workspace as one JSON file: every source's bytes (base64), indicators, targets, mappings. */
export async function serializeWorkspace(workspace: Workspace, savedAt: string): Promise<string> {
  const sources = await Promise.all(
    workspace.sources.map(async (s) => ({
      id: s.id,
      name: s.name,
      addedAt: s.addedAt,
      options: s.options ?? null,
      base64: toBase64(await s.content.arrayBuffer()),
    })),
  );
  return JSON.stringify({
    format: FORMAT,
    version: WORKSPACE_VERSION,
    savedAt,
    sources,
    indicators: workspace.indicators,
    targets: workspace.targets,
    mappings: workspace.mappings,
  });
}

type WorkspaceProblem = Extract<IssueCode, `workspace_${string}`>;

/** Why a workspace file cannot be opened, in both languages; `message` is the English. */
export class WorkspaceFileError extends Error {
  constructor(
    readonly code: WorkspaceProblem,
    readonly text: LocalizedText,
  ) {
    super(text.en);
  }
}

function refusal<C extends WorkspaceProblem>(code: C, params: IssueParams<C>): WorkspaceFileError {
  const { message } = ISSUE_CATALOG[code] as { message: (p: IssueParams<C>) => LocalizedText };
  return new WorkspaceFileError(code, message(params));
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function record(value: Json | undefined): Record<string, Json> | undefined {
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

function readOptions(value: Json | undefined): SourceOptions | undefined {
  const o = record(value);
  if (!o) return undefined;
  const columns = record(o['columns']);
  const index = (k: string): number | undefined => {
    const v = columns ? finite(columns[k]) : undefined;
    return v !== undefined && Number.isInteger(v) && v >= 0 ? v : undefined;
  };
  const periods =
    columns && Array.isArray(columns['periods'])
      ? columns['periods'].filter((p): p is number => typeof p === 'number' && Number.isInteger(p) && p >= 0)
      : undefined;
  const region = index('region');
  const mapping: ColumnMapping | undefined =
    columns && region !== undefined
      ? {
          region,
          period: index('period'),
          value: index('value'),
          indicator: index('indicator'),
          gender: index('gender'),
          ...(periods ? { periods } : {}),
        }
      : undefined;
  return {
    ...(mapping ? { columns: mapping } : {}),
    ...(str(o['indicator']) ? { indicator: str(o['indicator']) } : {}),
    ...(str(o['sheet']) ? { sheet: str(o['sheet']) } : {}),
  };
}

/**
 * Reads a workspace file back, checking every part: a file from elsewhere is data, never trusted.
 * JSON.parse with a reviver drops keys that could reach Object.prototype. A file of an earlier
 * version is first brought to the latest by WORKSPACE_MIGRATIONS; one of a later version is refused.
 */
export function parseWorkspace(text: string): Workspace {
  let doc: Json;
  try {
    doc = JSON.parse(text, (key, value: Json) =>
      key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value,
    ) as Json;
  } catch {
    throw refusal('workspace_not_json', {});
  }
  const file = record(doc);
  if (!file || file['format'] !== FORMAT) throw refusal('workspace_not_workspace', {});
  const migrated = migrateWorkspace(file);
  if (!migrated.ok)
    throw migrated.problem === 'newer'
      ? refusal('workspace_newer_version', { version: migrated.version, latest: WORKSPACE_VERSION })
      : refusal('workspace_not_workspace', {});
  // Migrations pass the file's own values on: still JSON.
  const root = migrated.doc as Record<string, Json>;
  const sources: Source[] = [];
  for (const item of Array.isArray(root['sources']) ? root['sources'] : []) {
    const s = record(item);
    const name = str(s?.['name']);
    const base64 = str(s?.['base64']);
    if (!s || name === undefined || base64 === undefined) throw refusal('workspace_source_incomplete', {});
    const addedAt = str(s['addedAt']);
    if (addedAt === undefined || timeOf(addedAt) === undefined)
      throw refusal('workspace_source_time', { name });
    let bytes: ArrayBuffer;
    try {
      bytes = fromBase64(base64);
    } catch {
      throw refusal('workspace_source_not_base64', { name });
    }
    sources.push({
      id: str(s['id']) ?? crypto.randomUUID(),
      name,
      addedAt,
      content: new Blob([bytes]),
      options: readOptions(s['options']),
    });
  }
  const indicators: UserIndicator[] = [];
  for (const item of Array.isArray(root['indicators']) ? root['indicators'] : []) {
    const i = record(item);
    const id = str(i?.['id']);
    const level = str(i?.['chainLevel']) ?? '';
    const direction = str(i?.['direction']) ?? '';
    if (
      !i ||
      id === undefined ||
      !/^[a-z][a-z0-9_]*$/.test(id) ||
      !isChainLevel(level) ||
      !isDirection(direction)
    )
      continue;
    indicators.push({
      id,
      name: str(i['name']) ?? id,
      unit: str(i['unit']) ?? '',
      chainLevel: level,
      direction,
      decimals: Math.max(0, Math.min(6, Math.round(finite(i['decimals']) ?? 1))),
    });
  }
  const targets: UserTarget[] = [];
  for (const item of Array.isArray(root['targets']) ? root['targets'] : []) {
    const t = record(item);
    const region = str(t?.['region']);
    const indicator = str(t?.['indicator']);
    const period = str(t?.['period']);
    const value = finite(t?.['value']);
    if (!t || region === undefined || indicator === undefined || period === undefined || value === undefined)
      continue;
    const b = record(t['baseline']);
    const bp = str(b?.['period']);
    const bv = finite(b?.['value']);
    targets.push({
      region,
      indicator,
      period,
      value,
      baseline: bp !== undefined && bv !== undefined ? { period: bp, value: bv } : undefined,
    });
  }
  const mappings: ShapeMapping[] = [];
  for (const item of Array.isArray(root['mappings']) ? root['mappings'] : []) {
    const m = record(item);
    const shape = str(m?.['shape']);
    const options = readOptions(m?.['options']);
    if (shape !== undefined && options) mappings.push({ shape, options });
  }
  return { sources, indicators, targets, mappings };
}
