import { periodCode } from '../../domain/period';
import type { Target } from '../../domain/target';
import type { IssueCollector } from '../issues/issue';
import type { RowCounts } from '../import/import-result';

/**
 * Collects a file's targets. A second target for the same region, indicator and period is skipped
 * with a warning when it repeats the value, and rejected with an error naming the first line when
 * it does not — the same rule as for observations.
 */
export class TargetSet {
  readonly targets: Target[] = [];
  private readonly seen = new Map<string, { line: number; value: number }>();

  constructor(
    private readonly issues: IssueCollector,
    private readonly counts: RowCounts,
  ) {}

  add(target: Target, line: number): void {
    const key = `${target.region}\u0000${target.indicator}\u0000${periodCode(target.period)}`;
    const earlier = this.seen.get(key);
    if (earlier) {
      if (earlier.value === target.value) {
        this.counts.skipped++;
        this.issues.add('duplicate_same', line, null, { firstLine: earlier.line });
      } else {
        this.counts.rejected++;
        this.issues.add('duplicate_conflict', line, null, {
          firstLine: earlier.line,
          first: String(earlier.value),
          second: String(target.value),
        });
      }
      return;
    }
    this.seen.set(key, { line, value: target.value });
    this.targets.push(target);
    this.counts.accepted++;
  }
}
