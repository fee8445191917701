import { parseUntrustedJson, record, type Json } from '../workspace/workspace-parts';
import type { UserTarget } from '../workspace/workspace';
import {
  refusal,
  samePlace,
  StrategyProblems,
  STRATEGY_FILE_VERSION,
  STRATEGY_FORMAT,
  type StrategyFile,
  type StrategyFileRead,
} from './strategy-file';
import { readStrategyPart } from './strategy-json-parts';
import { isStrategyId, periodKeyOf, regionCode, shown } from './strategy-checks';

/** The strategy file as JSON: what it is, its version, the strategy and its targets. */
export function writeStrategyJson(file: StrategyFile): string {
  const { strategy, targets } = file;
  return JSON.stringify(
    {
      format: STRATEGY_FORMAT,
      version: STRATEGY_FILE_VERSION,
      strategy: {
        name: strategy.name,
        region: strategy.region ?? null,
        goalAreas: strategy.goalAreas,
        indicators: strategy.indicators.map((i) => ({
          ...i,
          question: i.question ?? null,
          koladaId: i.koladaId ?? null,
          scbId: i.scbId ?? null,
        })),
      },
      targets: targets.map((t) => ({ ...t, baseline: t.baseline ?? null })),
    },
    null,
    2,
  );
}

/**
 * Reads a strategy file, checking every part: a file from elsewhere is data, never trusted. Keys that
 * could reach Object.prototype are dropped as the text is parsed. A file of a later version, or one
 * that does not say it is a strategy file, is refused whole.
 */
export function readStrategyJson(text: string): StrategyFileRead {
  const doc = parseUntrustedJson(text);
  if (doc === undefined) return refusal('strategy_not_json', {});
  const root = record(doc);
  if (!root || root['format'] !== STRATEGY_FORMAT) return refusal('strategy_not_strategy', {});
  const version = root['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refusal('strategy_not_strategy', {});
  if (version > STRATEGY_FILE_VERSION)
    return refusal('strategy_newer_version', { version, latest: STRATEGY_FILE_VERSION });
  const problems = new StrategyProblems();
  const strategy = readStrategyPart(root['strategy'], problems);
  const targets = readTargetList(root['targets'], problems);
  return { ok: true, file: { strategy, targets }, problems: problems.list, fromList: false };
}

function readTargetList(value: Json | undefined, problems: StrategyProblems): UserTarget[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.add(samePlace('targets'), undefined, 'strategy_part_not_list', {});
    return [];
  }
  const targets: UserTarget[] = [];
  value.forEach((item, index) => {
    const target = readTarget(item, `targets[${index}]`, problems);
    if (target) targets.push(target);
  });
  return targets;
}

const finite = (value: Json | undefined): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

function readTarget(item: Json, path: string, problems: StrategyProblems): UserTarget | undefined {
  const where = samePlace(path);
  const t = record(item);
  if (!t) return void problems.add(where, undefined, 'strategy_part_not_object', {});
  const rawIndicator = t['indicator'];
  const indicator = typeof rawIndicator === 'string' && isStrategyId(rawIndicator) ? rawIndicator : undefined;
  const label = typeof rawIndicator === 'string' ? rawIndicator : undefined;
  const region = typeof t['region'] === 'string' ? regionCode(t['region']) : undefined;
  const period = periodKeyOf(t['period']);
  const value = finite(t['value']);
  const bad = (field: string, raw: Json | undefined): undefined =>
    void problems.add(where, label, 'strategy_target_field', { field, value: shown(raw) });
  if (indicator === undefined) return bad('indicator', rawIndicator);
  if (region === undefined) return bad('region', t['region']);
  if (period === undefined) return bad('period', t['period']);
  if (value === undefined) return bad('value', t['value']);
  const b = record(t['baseline']);
  const bp = periodKeyOf(b?.['period']);
  const bv = finite(b?.['value']);
  const baseline = bp !== undefined && bv !== undefined ? { period: bp, value: bv } : undefined;
  if (!baseline && t['baseline'] !== undefined && t['baseline'] !== null)
    problems.add(where, label, 'strategy_target_baseline', {});
  return { region, indicator, period, value, baseline };
}
