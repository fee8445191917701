import type { ChainLevel } from '../../domain/chain-levels';
import type { Direction } from '../../domain/indicator';
import type { Assessment } from '../../domain/assessment';
import type { Note } from '../../domain/notes';
import type { Snapshot } from '../../domain/snapshot';
import type { Strategy } from '../../domain/strategy';
import type { ColumnMapping, LedgerColumnMapping } from '../import/import-result';
import { strategyDefinition } from './strategy-definition';
import { WORKSPACE_VERSION } from './workspace-migrations';

/** How a file is to be read, when its header does not say: chosen once, kept with the file. */
export interface SourceOptions {
  readonly columns?: ColumnMapping;
  readonly indicator?: string;
  readonly sheet?: string;
  /** The county (SCB code) of a case ledger without a county column. */
  readonly county?: string;
  /** A case ledger's columns, as the user mapped them. */
  readonly ledgerColumns?: LedgerColumnMapping;
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
  /** The region's own strategy (its effect chain); undefined until the user starts one. */
  readonly strategy: Strategy | undefined;
  /** "Visa exempeldata" as the user last chose it; undefined: never chosen (example-choice.ts). */
  readonly showExample: boolean | undefined;
  /** The learning log: the users' notes on indicators, regions and periods, oldest first. */
  readonly notes: readonly Note[];
  /** The users' assessments of the evaluation questions, per region. */
  readonly assessments: readonly Assessment[];
  /** What the Län view or a briefing showed when the user saved it ("what changed since"). */
  readonly snapshots: readonly Snapshot[];
}

export interface ShapeMapping {
  readonly shape: string;
  readonly options: SourceOptions;
}

export const EMPTY_WORKSPACE: Workspace = {
  sources: [],
  indicators: [],
  targets: [],
  mappings: [],
  strategy: undefined,
  showExample: undefined,
  notes: [],
  assessments: [],
  snapshots: [],
};

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

/** The name of the file that carries the user's own indicators and targets into the import. */
export const USER_FILE_NAME = 'egna-indikatorer-och-mal.json';

/**
 * The user's indicators — the strategy's and those described for a file — and targets as a canonical
 * JSON file, read by the same pipeline as any. Its definitions win over every other file's
 * (build-dataset: `own`); the strategy's over a described indicator of the same id.
 */
export function userFile(workspace: Workspace): Uint8Array | undefined {
  const chain = workspace.strategy?.indicators ?? [];
  if (workspace.indicators.length === 0 && workspace.targets.length === 0 && chain.length === 0)
    return undefined;
  const inChain = new Set(chain.map((i) => i.id));
  const described = workspace.indicators.filter((i) => !inChain.has(i.id));
  const doc = {
    indicators: [
      ...chain.map(strategyDefinition),
      ...described.map((i) => ({
        id: i.id,
        name: { sv: i.name, en: i.name },
        unit: { sv: i.unit, en: i.unit },
        chainLevel: i.chainLevel,
        direction: i.direction,
        question: { kind: 'summative', sv: '', en: '' },
        source: 'Egen indikator / own indicator',
        decimals: i.decimals,
      })),
    ],
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

/** What a workspace file says it is, so that no other JSON file is taken for one. */
export const WORKSPACE_FORMAT = 'regionala-resultat-arbetsyta';

function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000)
    binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
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
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    savedAt,
    sources,
    indicators: workspace.indicators,
    targets: workspace.targets,
    mappings: workspace.mappings,
    strategy: workspace.strategy ?? null,
    showExample: workspace.showExample ?? null,
    notes: workspace.notes,
    assessments: workspace.assessments,
    snapshots: workspace.snapshots,
  });
}
