/**
 * Diagnosis for BENCH_ONLY=import: a CPU profile's busy stretches (candidate long tasks) with their
 * hottest functions, and a heap snapshot's largest objects with a chain of what holds them.
 */

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)']);

function frameName(node: ProfileNode | undefined): string {
  if (!node) return '?';
  const f = node.callFrame;
  return `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`;
}

/** Prints every stretch of samples without idle longer than 40 ms, and its five hottest functions. */
export function printBusyStretches(profile: CpuProfile, minMs = 40): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let start = -1;
  let elapsed = 0;
  const flush = (end: number): void => {
    if (start < 0) return;
    let ms = 0;
    const self = new Map<string, number>();
    for (let i = start; i < end; i++) {
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      ms += dt;
      const name = frameName(byId.get(profile.samples[i] ?? -1));
      self.set(name, (self.get(name) ?? 0) + dt);
    }
    if (ms >= minMs) {
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 6);
      console.log(`    busy ${ms.toFixed(1)} ms at +${elapsed.toFixed(0)} ms:`);
      for (const [name, t] of top) console.log(`      ${t.toFixed(1).padStart(6)} ms  ${name}`);
    }
    start = -1;
  };
  for (let i = 0; i < profile.samples.length; i++) {
    elapsed += (profile.timeDeltas[i] ?? 0) / 1000;
    const name = byId.get(profile.samples[i] ?? -1)?.callFrame.functionName ?? '';
    if (name === '(idle)') flush(i);
    else if (start < 0 && !IDLE.has(name)) start = i;
  }
  flush(profile.samples.length);
}

interface Snapshot {
  readonly snapshot: {
    readonly meta: {
      readonly node_fields: readonly string[];
      readonly node_types: readonly [readonly string[]];
      readonly edge_fields: readonly string[];
      readonly edge_types: readonly [readonly string[]];
    };
  };
  readonly nodes: readonly number[];
  readonly edges: readonly number[];
  readonly strings: readonly string[];
}

/** Prints the heap's largest objects (self size ≥ 256 kB) and, for each, a chain of retainers. */
export function printLargestObjects(
  json: string,
  previous?: ReadonlyMap<string, number>,
  minBytes = 256_000,
): Map<string, number> {
  const s = JSON.parse(json) as Snapshot;
  const { node_fields: nf, node_types: nt, edge_fields: ef, edge_types: et } = s.snapshot.meta;
  const nw = nf.length;
  const ew = ef.length;
  const [typeAt, nameAt, sizeAt, countAt] = ['type', 'name', 'self_size', 'edge_count'].map((f) =>
    nf.indexOf(f),
  );
  const [eTypeAt, eNameAt, eToAt] = ['type', 'name_or_index', 'to_node'].map((f) => ef.indexOf(f));
  const count = s.nodes.length / nw;
  const retainer = new Int32Array(count).fill(-1);
  const retainerEdge = new Array<string>(count);
  // Two passes: named and element edges first, hidden ones only where nothing else holds a node.
  for (const pass of [0, 1]) {
    let e = 0;
    for (let n = 0; n < count; n++) {
      const edges = s.nodes[n * nw + (countAt ?? 0)] ?? 0;
      for (let k = 0; k < edges; k++, e += ew) {
        const type = et[0][s.edges[e + (eTypeAt ?? 0)] ?? 0] ?? '';
        const to = (s.edges[e + (eToAt ?? 0)] ?? 0) / nw;
        if (type === 'weak' || retainer[to] !== -1 || (pass === 0 && type === 'hidden')) continue;
        retainer[to] = n;
        const label = s.edges[e + (eNameAt ?? 0)] ?? 0;
        retainerEdge[to] = type === 'element' || type === 'hidden' ? `[${label}]` : (s.strings[label] ?? '');
      }
    }
  }
  const describe = (n: number): string =>
    `${nt[0][s.nodes[n * nw + (typeAt ?? 0)] ?? 0]}:${(s.strings[s.nodes[n * nw + (nameAt ?? 0)] ?? 0] ?? '').slice(0, 40)}`;
  const totals = new Map<string, number>();
  const big: number[] = [];
  for (let n = 0; n < count; n++) {
    const size = s.nodes[n * nw + (sizeAt ?? 0)] ?? 0;
    const key = describe(n);
    totals.set(key, (totals.get(key) ?? 0) + size);
    if (size >= minBytes) big.push(n);
  }
  const grown = [...totals].map(([key, size]): [string, number] => [key, size - (previous?.get(key) ?? 0)]);
  console.log(
    `    heap by type:name (self size${previous ? ' grown since the snapshot before' : ''}, top 16):`,
  );
  for (const [key, size] of grown.sort((a, b) => b[1] - a[1]).slice(0, 16))
    console.log(`      ${(size / 1e6).toFixed(2).padStart(7)} MB  ${key.replace(/\s+/g, ' ')}`);
  console.log(`    objects of ≥ ${minBytes / 1000} kB and what holds them:`);
  big.sort((a, b) => (s.nodes[b * nw + (sizeAt ?? 0)] ?? 0) - (s.nodes[a * nw + (sizeAt ?? 0)] ?? 0));
  for (const n of big.slice(0, 40)) {
    const chain: string[] = [];
    for (let r = n, depth = 0; retainer[r] !== -1 && depth < 7; depth++) {
      chain.push(`${retainerEdge[r]} ← ${describe(retainer[r] ?? 0)}`);
      r = retainer[r] ?? -1;
    }
    const size = s.nodes[n * nw + (sizeAt ?? 0)] ?? 0;
    console.log(`      ${(size / 1e6).toFixed(2).padStart(7)} MB ${describe(n)}  ${chain.join('  ')}`);
  }
  return totals;
}
