import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared-fixtures';

/**
 * Runs scripts/audit.mjs with a fake `npm` first on PATH that prints `answer` as npm audit's JSON,
 * so each case (no service, advisories, clean) is tried without the network.
 */
function audit(answer: string, args: readonly string[] = [], env: Record<string, string> = {}) {
  const bin = mkdtempSync(join(tmpdir(), 'rr-audit-'));
  const fake = join(bin, 'npm');
  writeFileSync(join(bin, 'answer.json'), answer);
  writeFileSync(fake, `#!/bin/sh\ncat "${join(bin, 'answer.json')}"\n`);
  chmodSync(fake, 0o755);
  const run = spawnSync(process.execPath, [resolve(REPO_ROOT, 'scripts/audit.mjs'), ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      AUDIT_OFFLINE_OK: '',
      ...env,
      PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}`,
    },
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

const REFUSED = JSON.stringify({
  statusCode: 405,
  message: '405 Method Not Allowed - POST …/advisories/bulk',
});
const report = (high: number, critical: number): string =>
  JSON.stringify({
    vulnerabilities: {},
    metadata: {
      vulnerabilities: { info: 0, low: 1, moderate: 0, high, critical, total: 1 + high + critical },
    },
  });

describe('npm run audit', () => {
  it('fails when the advisory service cannot be asked, unless told that offline is accepted', () => {
    const refused = audit(REFUSED);
    expect(refused.code).not.toBe(0);
    expect(refused.out).toContain('could NOT run');
    expect(refused.out).toContain('405');

    const flagged = audit(REFUSED, ['--offline-ok']);
    expect(flagged.code).toBe(0);
    expect(flagged.out).toContain('SKIPPED');
    expect(audit(REFUSED, [], { AUDIT_OFFLINE_OK: '1' }).code).toBe(0);
  });

  it('fails on unreadable output without the flag', () => {
    expect(audit('npm ERR! something').code).not.toBe(0);
  });

  it('fails on high or critical advisories, also with the offline flag, and passes a clean report', () => {
    expect(audit(report(1, 0), ['--offline-ok']).code).toBe(1);
    expect(audit(report(0, 2)).code).toBe(1);
    const clean = audit(report(0, 0));
    expect(clean.code).toBe(0);
    expect(clean.out).toContain('"low":1');
  });
});
