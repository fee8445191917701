import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules are configuration, and configuration rots quietly: a glob that stops matching
 * lets every back-arrow through. These tests lint deliberate offenders through the project's own
 * ESLint config and expect the rule to name them.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layers enforced by path', () => {
  it('rejects a pure-domain file that imports a view', async () => {
    const ids = await ruleIds(
      'src/domain/back-arrow.ts',
      "import { buildIndicatorModel } from '../views/indicator-model';\nexport const x = buildIndicatorModel;\n",
    );
    expect(ids).toContain('import-x/no-restricted-paths');
  }, 60_000);

  it('rejects a low pipeline stage that imports a higher one, also from a subfolder', async () => {
    const ids = await ruleIds(
      'src/data/table/ledger/back-arrow.ts',
      "import { canonicalJsonReader } from '../../json/canonical-json';\nexport const x = canonicalJsonReader;\n",
    );
    expect(ids).toContain('import-x/no-restricted-paths');
  }, 60_000);

  it('lets a stage import the stages below it', async () => {
    const ids = await ruleIds(
      'src/data/json/forward-arrow.ts',
      "import { IssueCollector } from '../issues/issue';\nexport const x = IssueCollector;\n",
    );
    expect(ids).toEqual([]);
  }, 60_000);

  it('rejects an import cycle', async () => {
    // issue.ts imports text/detach.ts; detach.ts importing issue.ts back closes the loop.
    const path = 'src/data/text/detach.ts';
    const code = `import { IssueCollector } from '../issues/issue';\nexport const x = IssueCollector;\n${readFileSync(path, 'utf8')}`;
    const ids = await ruleIds(path, code);
    expect(ids).toContain('import-x/no-cycle');
  }, 60_000);
});
