import type { Lang } from '../domain/language';
import type { ImportSummary } from '../data/import/import-result';
import type { Translate } from '../i18n/dictionary';
import { formatNumber } from '../i18n/format';

/** What a file gave: records read, accepted, rejected and skipped. */
export function sourceCountsText(report: ImportSummary, t: Translate, lang: Lang): string {
  const n = (value: number): string => formatNumber(value, 0, lang);
  return t('sourceCounts', {
    records: n(report.records),
    accepted: n(report.accepted),
    rejected: n(report.rejected),
    skipped: n(report.skipped),
  });
}
