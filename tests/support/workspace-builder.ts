import type {
  Source,
  SourceOptions,
  UserIndicator,
  UserTarget,
  Workspace,
} from '../../src/data/workspace/workspace';

/** Every byte value once, 0x00–0xFF: what a binary file (a workbook) may hold. */
export const ALL_BYTES: Uint8Array<ArrayBuffer> = Uint8Array.from({ length: 256 }, (_, i) => i);

export function sourceOf(
  id: string,
  content: Uint8Array<ArrayBuffer> | string,
  extra: { name?: string; addedAt?: string; options?: SourceOptions } = {},
): Source {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    id,
    name: extra.name ?? `${id}.csv`,
    addedAt: extra.addedAt ?? '2024-05-01T10:00:00.000Z',
    content: new Blob([bytes]),
    options: extra.options,
  };
}

export async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

export const INDICATOR_A: UserIndicator = {
  id: 'egen_sysselsattning',
  name: 'Egen sysselsättning',
  unit: 'procent',
  chainLevel: 'kortsiktiga_effekter',
  direction: 'higher_is_better',
  decimals: 1,
};

export const INDICATOR_B: UserIndicator = {
  id: 'egen_kostnad',
  name: 'Kostnad per deltagare',
  unit: 'kr',
  chainLevel: 'resurser',
  direction: 'lower_is_better',
  decimals: 0,
};

export const TARGET_WITH_BASELINE: UserTarget = {
  region: '20',
  indicator: 'egen_sysselsattning',
  period: '2030',
  value: 82.5,
  baseline: { period: '2020', value: 76 },
};

export const TARGET_WITHOUT_BASELINE: UserTarget = {
  region: '01',
  indicator: 'egen_kostnad',
  period: '2026',
  value: 1200,
  baseline: undefined,
};

export function workspaceOf(parts: Partial<Workspace>): Workspace {
  return {
    sources: [],
    indicators: [],
    targets: [],
    mappings: [],
    strategy: undefined,
    showExample: undefined,
    notes: [],
    assessments: [],
    snapshots: [],
    ...parts,
  };
}
