import { describe, expect, it } from 'vitest';
import { checkDataReport } from '../../scripts/check-data/report';
import { importFile, importFileAsync } from '../../src/data/pipeline/import-file';
import { NOT_YET_SUPPORTED, unmetExpectations } from '../support/manifest-expectations';
import { HAVE_SHARED_FIXTURES, readFixture, readManifest } from '../support/shared-fixtures';

const manifest = readManifest();
const imported = new Map(
  await Promise.all(
    Object.keys(manifest).map(
      async (key) => [key, await importFileAsync(key.split('/').pop() ?? key, readFixture(key))] as const,
    ),
  ),
);

describe.skipIf(!HAVE_SHARED_FIXTURES)(
  'every shared fixture meets its manifest expectation (in process)',
  () => {
    for (const [key, expected] of Object.entries(manifest)) {
      const result = imported.get(key);
      if (!result) continue;
      const report = checkDataReport(result, 'sv');
      const english = result.issues.map((i) => i.message.en);
      if (NOT_YET_SUPPORTED.has(result.format)) {
        it.skip(`${key} — ${result.format}: format not supported yet (issue 4)`, () => {});
        it(`${key} gets a clear "not supported yet" error, not a crash`, () => {
          expect(result.issues.map((i) => i.code)).toContain('format_not_supported');
          expect(result.accepted).toBe(0);
        });
        continue;
      }
      it(`${key}${expected.note ? ` — ${expected.note}` : ''}`, () => {
        expect(unmetExpectations(report, expected, english)).toEqual([]);
      });
    }

    it('a __proto__ key pollutes nothing and is reported', () => {
      const result = importFile('proto_keys.json', readFixture('json/proto_keys.json'));
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(({} as Record<string, unknown>)['x']).toBeUndefined();
      expect(result.issues.some((i) => i.message.sv.includes('__proto__'))).toBe(true);
    });

    it('script payloads in indicator ids are kept as text, byte for byte', () => {
      const result = importFile('xss.csv', readFixture('sec/xss_indicator_names.csv'));
      expect(result.observations.indicators).toContain('<img src=x onerror=alert(1)>');
      expect(result.observations.indicators).toContain('"><script>alert(2)</script>');
      expect(result.accepted).toBe(6);
    });

    it('Windows-1252 names come out with å ä ö', () => {
      const result = importFile('cp1252.csv', readFixture('enc/cp1252_excel.csv'));
      expect(result.encoding).toBe('windows-1252');
      expect(result.observations.indicators).toEqual(['sysselsattningsgrad']);
      expect(result.issues.map((i) => i.code)).toContain('encoding_windows_1252');
    });
  },
);
