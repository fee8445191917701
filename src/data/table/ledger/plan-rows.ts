import { EMPTY_LEDGER, type Ledger, type PlannedShare, type RegionFrame } from '../../../domain/ledger';
import { regionByCode } from '../../../domain/regions';
import { foldName } from '../../../domain/text-match';
import type { CsvRecord } from '../../text/csv-scanner';
import { detach } from '../../text/detach';
import type { FrameField, ShareField } from './ledger-header';
import { LedgerTableRows } from './ledger-table-rows';
import { parseValue } from '../../text/number-parse';

/** Reads a frames table: `län;år;ram`, one frame per county and year. */
export class FrameRows extends LedgerTableRows<FrameField> {
  readonly frames: RegionFrame[] = [];
  private readonly seen = new Map<string, { line: number; amount: number }>();

  finish(): Ledger {
    return { ...EMPTY_LEDGER, frames: this.frames };
  }

  read(rec: CsvRecord): void {
    this.settle(() => {
      const region = this.county(this.cell(rec, 'region'));
      const year = this.year(this.cell(rec, 'year'), false);
      const amount = this.amount(this.cell(rec, 'amount'), true);
      if (this.errors > 0 || region === undefined || year === undefined) return false;
      const key = `${region}|${year}`;
      const first = this.seen.get(key);
      if (first) {
        if (first.amount === amount) {
          this.issues.add('duplicate_same', rec.line, null, { firstLine: first.line });
          return false;
        }
        this.issues.add('frame_conflict', rec.line, null, { firstLine: first.line });
        this.error();
        return false;
      }
      this.seen.set(key, { line: rec.line, amount });
      this.frames.push({ region, year, amount, file: this.file, line: rec.line });
      return true;
    });
  }
}

/** Reads planned shares: `län;år;rus_prioritering;planerad_andel` (per cent, `25`, `25 %`, `25,5`). */
export class ShareRows extends LedgerTableRows<ShareField> {
  readonly shares: PlannedShare[] = [];
  private readonly seen = new Map<string, { line: number; share: number }>();

  finish(): Ledger {
    this.checkSums();
    return { ...EMPTY_LEDGER, shares: this.shares };
  }

  read(rec: CsvRecord): void {
    this.settle(() => {
      const region = this.county(this.cell(rec, 'region'));
      const year = this.year(this.cell(rec, 'year'), false);
      const areaCell = this.cell(rec, 'area');
      const area = (areaCell?.text ?? '').trim();
      if (area === '') {
        this.issues.add('share_area_empty', areaCell?.line ?? rec.line, areaCell?.column ?? null, {});
        this.error();
      }
      const shareCell = this.cell(rec, 'share');
      const raw = (shareCell?.text ?? '').trim().replace(/\s*%$/, '');
      const parsed = parseValue(raw, this.hint);
      const share = parsed.kind === 'number' ? parsed.value : NaN;
      if (!(share >= 0 && share <= 100)) {
        this.issues.add('share_invalid', shareCell?.line ?? rec.line, shareCell?.column ?? null, {
          value: shareCell?.text.trim() ?? '',
        });
        this.error();
      }
      if (this.errors > 0 || region === undefined || year === undefined) return false;
      const key = `${region}|${year}|${foldName(area)}`;
      const first = this.seen.get(key);
      if (first) {
        if (first.share === share) {
          this.issues.add('duplicate_same', rec.line, null, { firstLine: first.line });
          return false;
        }
        this.issues.add('share_conflict', rec.line, null, { firstLine: first.line });
        this.error();
        return false;
      }
      this.seen.set(key, { line: rec.line, share });
      this.shares.push({ region, year, area: detach(area), share, file: this.file, line: rec.line });
      return true;
    });
  }

  /** One warning per county and year whose shares do not add up to 100 %. */
  private checkSums(): void {
    const groups = new Map<string, { region: string; year: number; sum: number; line: number }>();
    for (const s of this.shares) {
      const key = `${s.region}|${s.year}`;
      const g = groups.get(key) ?? { region: s.region, year: s.year, sum: 0, line: s.line };
      g.sum += s.share;
      groups.set(key, g);
    }
    for (const g of groups.values()) {
      if (Math.abs(g.sum - 100) > 0.5) {
        this.issues.add('shares_sum', g.line, null, {
          region: regionByCode(g.region)?.nameSv ?? g.region,
          year: g.year,
          sum: g.sum.toLocaleString('sv-SE', { maximumFractionDigits: 1 }),
        });
      }
    }
  }
}
