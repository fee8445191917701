import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HAVE_SHARED_FIXTURES, fixturePath, readManifest } from '../support/shared-fixtures';
import { type FileBrowser, launchChromium, openPage, type PageProblems } from './browser';
import { addFiles, importCount, importDone, openSources, summaryFor, VIEWPORTS, waitForApp } from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

/** The shared fixtures by folder (enc, delim, num …): each folder's files are added to one page together. */
function fixtureGroups(): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const key of Object.keys(readManifest())) {
    const group = key.split('/')[0] ?? key;
    groups.set(group, [...(groups.get(group) ?? []), key]);
  }
  // Without ../shared the one placeholder shows as skipped.
  return groups.size > 0 ? [...groups] : [['(inga delade fixturer)', []]];
}

describe.skipIf(!chromiumPath)('every shared fixture in the app (Chromium)', () => {
  let browser: FileBrowser;
  let context: BrowserContext | undefined;
  let shared: { page: Page; problems: PageProblems } | undefined;
  /** Whether the page holds a fixture yet (the first is added, every next one replaces it). */
  let holdsFile = false;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  /**
   * One page for every folder: a page load (the app, the workspace, the example data) costs more than
   * reading a fixture, and replacing the one file leaves the page as a fresh one with that file alone.
   */
  async function sharedPage(): Promise<{ page: Page; problems: PageProblems }> {
    if (shared) return shared;
    context = await browser.newContext({ viewport: VIEWPORTS.laptop });
    const opened = await openPage(context);
    await opened.page.goto(`${baseUrl}?vy=jamfor`);
    await waitForApp(opened.page, 0, 'jamfor');
    shared = opened;
    return opened;
  }

  /** Makes `path` the page's only own file: added the first time, else through Källor → Ersätt. */
  async function readAlone(page: Page, path: string): Promise<void> {
    if (!holdsFile) {
      await addFiles(page, [path]);
      holdsFile = true;
      return;
    }
    await openSources(page);
    const before = await importCount(page);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.click('[data-testid="source-replace"]'),
    ]);
    await chooser.setFiles(path);
    await importDone(page, before);
  }

  // One test per folder of fixtures, each with its own budget, all on one page. Each file is read
  // alone, as it would be in a fresh page: the first is added, each next one replaces it (Källor →
  // Ersätt), since two files with the same keys change each other's counts (the later file wins).
  it.skipIf(!HAVE_SHARED_FIXTURES).each(fixtureGroups())(
    'shared fixtures in %s/, each added to the app alone, show the counts and issue lines their manifest expects',
    async (_group, keys) => {
      const manifest = readManifest();
      const { page, problems } = await sharedPage();
      const errorsBefore = problems.pageErrors.length;
      const dialogsBefore = problems.dialogs.length;
      const failures: string[] = [];
      for (const key of keys) {
        await readAlone(page, fixturePath(key));
        const expected = manifest[key] ?? {};
        const name = key.split('/').pop() ?? key;
        const { counts, lines } = await summaryFor(page, name);
        const [records = -1, accepted = -1, rejected = -1, skipped = -1] = counts;
        if (counts.length !== 4) failures.push(`${key}: no row in the import summary`);
        if (records !== accepted + rejected + skipped)
          failures.push(`${key}: ${records} ≠ ${accepted}+${rejected}+${skipped}`);
        if (expected.accepted !== undefined && accepted !== expected.accepted)
          failures.push(`${key}: accepted ${accepted}, expected ${expected.accepted}`);
        if (expected.accepted_max !== undefined && accepted > expected.accepted_max)
          failures.push(`${key}: accepted ${accepted} > ${expected.accepted_max}`);
        if (expected.rejected !== undefined && rejected !== expected.rejected)
          failures.push(`${key}: rejected ${rejected}, expected ${expected.rejected}`);
        for (const line of expected.issue_lines ?? [])
          if (!lines.includes(String(line)))
            failures.push(`${key}: no issue on line ${line} (${lines.join(',')})`);
      }
      expect(failures).toEqual([]);
      // Hostile content (script payloads in names, proto keys) never reaches the page as code.
      expect(problems.pageErrors.slice(errorsBefore)).toEqual([]);
      expect(problems.dialogs.slice(dialogsBefore)).toEqual([]);
    },
  );
});
