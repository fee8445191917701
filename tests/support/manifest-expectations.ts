import type { CheckDataFile } from '../../scripts/check-data/report';
import type { ManifestEntry } from './shared-fixtures';

/** Formats not supported yet: their manifest rows are skipped, visibly. None at present. */
export const NOT_YET_SUPPORTED = new Set<string>([]);

/** The manifest's file-level phrases and the issue codes that carry them (English wording contains the phrase). */
const PHRASE_CODES: Readonly<Record<string, string>> = {
  'empty file': 'file_empty',
  'no data rows': 'no_data_rows',
  "duplicate column 'värde'": 'header_duplicate',
  'missing column: period': 'header_missing_column',
  'not a recognised JSON layout': 'json_wrong_shape',
  'encoding windows-1252 detected': 'encoding_windows_1252',
};

function namesLine(report: CheckDataFile, line: number): boolean {
  return report.issues.some((i) => i.line === line || (i.lines ?? []).includes(line));
}

/** Every way the report misses the manifest's expectation; empty when it meets it. */
export function unmetExpectations(
  report: CheckDataFile,
  expected: ManifestEntry,
  englishMessages: readonly string[],
): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string): void => {
    if (!ok) problems.push(what);
  };
  check(
    report.accepted + report.rejected + report.skipped === report.records,
    `accounting: ${report.accepted}+${report.rejected}+${report.skipped} ≠ ${report.records}`,
  );
  if (expected.accepted !== undefined)
    check(
      report.accepted === expected.accepted,
      `accepted ${report.accepted}, expected ${expected.accepted}`,
    );
  if (expected.accepted_max !== undefined)
    check(
      report.accepted <= expected.accepted_max,
      `accepted ${report.accepted} > max ${expected.accepted_max}`,
    );
  if (expected.rejected !== undefined)
    check(
      report.rejected === expected.rejected,
      `rejected ${report.rejected}, expected ${expected.rejected}`,
    );
  if (expected.numeric !== undefined) {
    const numeric = report.observations.filter((o) => o.value !== null).length;
    check(numeric === expected.numeric, `numeric ${numeric}, expected ${expected.numeric}`);
    const markers = report.observations.filter((o) => o.value === null);
    check(
      markers.every((o) => o.marker !== null),
      'a missing value without its marker',
    );
  }
  for (const line of expected.issue_lines ?? [])
    check(namesLine(report, line), `no issue names line ${line}`);
  if (Array.isArray(expected.regions)) {
    const got = [...new Set(report.observations.map((o) => o.region))].sort();
    check(
      JSON.stringify(got) === JSON.stringify([...expected.regions].sort()),
      `regions ${got.join(',')}, expected ${expected.regions.join(',')}`,
    );
  } else if (typeof expected.regions === 'number') {
    const count = new Set(report.observations.map((o) => o.region)).size;
    check(count === expected.regions, `${count} regions, expected ${expected.regions}`);
  }
  for (const [region, value] of Object.entries(expected.values ?? {})) {
    const got = report.observations.filter((o) => o.region === region).map((o) => o.value);
    check(
      got.length === 1 && got[0] === value,
      `region ${region}: values ${JSON.stringify(got)}, expected ${value}`,
    );
  }
  if (expected.periods !== undefined && !Array.isArray(expected.periods)) {
    for (const [region, period] of Object.entries(expected.periods)) {
      const got = report.observations.filter((o) => o.region === region).map((o) => o.period);
      const want = Array.isArray(period) ? period : [period];
      check(
        JSON.stringify(got) === JSON.stringify(want),
        `region ${region}: periods ${got.join(',')}, expected ${want.join(',')}`,
      );
    }
  } else if (Array.isArray(expected.periods)) {
    const got = [...new Set(report.observations.map((o) => o.period))].sort();
    check(JSON.stringify(got) === JSON.stringify([...expected.periods].sort()), `periods ${got.join(',')}`);
  }
  for (const [kind, phrases] of [
    ['error', expected.errors ?? []],
    ['warning', expected.warnings ?? []],
  ] as const) {
    for (const phrase of phrases) {
      const code = PHRASE_CODES[phrase];
      const hit = report.issues.some(
        (i, k) =>
          i.severity === kind &&
          (code === undefined || i.code === code) &&
          (englishMessages[k] ?? '').toLowerCase().includes(phrase.toLowerCase()),
      );
      check(hit, `no ${kind} saying "${phrase}"`);
    }
  }
  for (const text of expected.issues_mention ?? []) {
    check(
      report.issues.some((i, k) => i.message.includes(text) || (englishMessages[k] ?? '').includes(text)),
      `no issue mentions ${text}`,
    );
  }
  if (expected.skipped_blank !== undefined) {
    const blank = report.issues.find((i) => i.code === 'blank_lines');
    check(
      blank !== undefined && blank.message.startsWith(String(expected.skipped_blank)),
      `blank lines not reported as ${expected.skipped_blank}`,
    );
    check(
      report.skipped === expected.skipped_blank,
      `skipped ${report.skipped}, expected ${expected.skipped_blank}`,
    );
  }
  // Rules for every file.
  const texts = report.observations.flatMap((o) => [o.region, o.indicator, o.period, o.marker ?? '']);
  check(!texts.some((t) => t.includes('\uFFFD')), 'U+FFFD stored');
  check(
    report.observations.every((o) => typeof o.region === 'string' && /^\d{2}$|^\d{4}$/.test(o.region)),
    'a region that is not an SCB code string',
  );
  check(
    report.observations.every((o) => (o.value === null) === (o.marker !== null)),
    'value and marker disagree',
  );
  return problems;
}
