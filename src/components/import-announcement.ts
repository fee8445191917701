import { useCallback, useEffect, useRef } from 'react';
import type { Dataset, FileReport } from '../data/dataset/dataset';
import type { Lang } from '../domain/language';
import type { Translate } from '../i18n/dictionary';
import { formatNumber } from '../i18n/format';

/** Rejected rows named by line in an announcement; more are counted, not read out. */
const NAMED_LINES = 5;

interface Pending {
  readonly names: readonly string[];
  /** The dataset on the page when the files were added: the result is the next one after it. */
  readonly before: Dataset | undefined;
}

interface DatasetState {
  readonly dataset: Dataset | undefined;
  /** True while an import runs (the dataset shown is then the previous one). */
  readonly fetching: boolean;
  readonly failed: boolean;
}

/** The added files' reports: for each name, the last report of that name among the user's files. */
function reportsFor(reports: readonly FileReport[], names: readonly string[]): FileReport[] {
  return [...new Set(names)].flatMap((name) => {
    const own = reports.filter((r) => r.file === name && r.example !== true);
    const last = own[own.length - 1];
    return last ? [last] : [];
  });
}

function rejectedLines(reports: readonly FileReport[]): number[] {
  const lines = new Set<number>();
  for (const report of reports)
    for (const issue of report.issues) {
      if (issue.severity !== 'error') continue;
      for (const line of issue.lines ?? [issue.line]) if (line > 1) lines.add(line);
    }
  return [...lines].sort((a, b) => a - b);
}

/** What the live region says once added files are read: per file name, accepted, rejected and skipped rows, and which rows were rejected. */
export function importResultText(reports: readonly FileReport[], t: Translate, lang: Lang): string {
  const n = (value: number): string => formatNumber(value, 0, lang);
  const sum = reports.reduce(
    (s, r) => ({
      accepted: s.accepted + r.accepted,
      rejected: s.rejected + r.rejected,
      skipped: s.skipped + r.skipped,
    }),
    { accepted: 0, rejected: 0, skipped: 0 },
  );
  const files = reports.map((r) => r.file).join(', ');
  const head = t('announceImport', {
    files,
    accepted: n(sum.accepted),
    rejected: n(sum.rejected),
    skipped: n(sum.skipped),
  });
  if (sum.rejected === 0) return head;
  const lines = rejectedLines(reports);
  const named = lines.slice(0, NAMED_LINES).map(n).join(', ');
  const rows =
    lines.length === 0
      ? ''
      : ` ${t(lines.length > NAMED_LINES ? 'announceRejectedLinesMore' : 'announceRejectedLines', { lines: named })}`;
  return `${head}${rows} ${t('announceRejectedWhere')}`;
}

/**
 * Announces the result of adding files, once the import has finished and its data is on the page
 * (not when the files are picked, and never on the first load). Returns what to call with the
 * files as they are added.
 */
export function useImportAnnouncement(
  state: DatasetState,
  announce: (text: string) => void,
  t: Translate,
  lang: Lang,
): (files: readonly File[]) => void {
  const pending = useRef<Pending | undefined>(undefined);
  const shown = useRef<Dataset | undefined>(undefined);
  const { dataset, fetching, failed } = state;
  useEffect(() => {
    shown.current = dataset;
  }, [dataset]);

  useEffect(() => {
    const waiting = pending.current;
    if (!waiting || fetching) return;
    if (failed) {
      pending.current = undefined;
      announce(t('loadFailed'));
      return;
    }
    if (!dataset || dataset === waiting.before) return;
    pending.current = undefined;
    const reports = reportsFor(dataset.reports, waiting.names);
    if (reports.length > 0) announce(importResultText(reports, t, lang));
  }, [dataset, fetching, failed, announce, t, lang]);

  return useCallback((files: readonly File[]) => {
    if (files.length === 0) return;
    const names = [...(pending.current?.names ?? []), ...files.map((f) => f.name)];
    pending.current = { names, before: pending.current?.before ?? shown.current };
  }, []);
}
