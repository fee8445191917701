import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { contextPerTest, seriousAxeViolations } from './browser';
import {
  addFiles,
  downloadText,
  expectClean,
  goInApp,
  importCount,
  importDone,
  openApp,
  openSources,
  reloadSaved,
  VIEWPORTS,
  WAIT,
  waitForApp,
} from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');
const FIXTURES = resolve(import.meta.dirname, '../fixtures/learning-log');
const NOTE_TEXT = 'Ny mätmetod hos SCB från det här året';
const INDICATOR = '?vy=indikator&indikator=nyforetagande&region=17';
const QUESTIONS = '?vy=fragor&region=17';

describe.skipIf(!chromiumPath)('the learning log: notes, assessments and what changed (Chromium)', () => {
  const fresh = contextPerTest(chromiumPath, VIEWPORTS.laptop);

  const notesText = (page: Page): Promise<string> =>
    page.locator('[data-testid="note-list"]').innerText({ timeout: WAIT });
  const firstAssessment = (page: Page): Promise<string> =>
    page.locator('[data-testid="assessment-saved"]').first().innerText({ timeout: WAIT });

  it('a note and an assessment survive a reload and the workspace file, opened in a fresh browser', async () => {
    const { page, problems } = await openApp(fresh.context(), baseUrl, INDICATOR);
    const form = page.locator('[data-testid="note-form"]');
    await form.locator('textarea').fill(NOTE_TEXT);
    await form.locator('select').selectOption({ index: 1 });
    const period = await form.locator('select option:checked').innerText();
    await form.locator('input[type="text"]').fill('Karin');
    await form.locator('button[type="submit"]').click();
    expect(await notesText(page)).toContain(NOTE_TEXT);
    expect(await notesText(page)).toContain(`${period} — Karin, `);
    // Under the chart, in words: the marker's text alternative.
    expect(await page.innerText('[data-testid="trend-notes"]')).toBe(
      `Anteckning ${period}: Karin: ${NOTE_TEXT}`,
    );
    // The form is emptied for the next note; the name is kept.
    expect(await form.locator('textarea').inputValue()).toBe('');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await goInApp(page, QUESTIONS);
    const assessment = page.locator('[data-testid="assessment-form"]').first();
    expect(await firstAssessment(page)).toBe('Ingen bedömning ännu.');
    // The name written on the note is offered again.
    await assessment.locator('summary').click();
    expect(await assessment.locator('input[type="text"]').inputValue()).toBe('Karin');
    await assessment.locator('input[value="delvis"]').check();
    await assessment.locator('textarea').fill('Ökar, men inte i den takt målet kräver');
    await assessment.locator('input[type="checkbox"]').first().check();
    await assessment.locator('button[type="submit"]').click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="assessment-saved"]')
          ?.textContent?.startsWith('Bedömning: Delvis'),
      undefined,
      { timeout: WAIT },
    );
    expect(await firstAssessment(page)).toMatch(/^Bedömning: Delvis \(Karin, \d{4}-\d\d-\d\d \d\d:\d\d\)$/);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Reloaded: both are read back from the browser's store.
    await reloadSaved(page);
    await waitForApp(page, 0, 'fragor');
    expect(await firstAssessment(page)).toMatch(/^Bedömning: Delvis \(Karin, /);
    await assessment.locator('summary').click();
    expect(await assessment.locator('input[value="delvis"]').isChecked()).toBe(true);
    await goInApp(page, INDICATOR);
    expect(await notesText(page)).toContain(NOTE_TEXT);

    // The workspace file carries them.
    await openSources(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="workspace-export"]'),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'larlogg-')), 'arbetsyta.json');
    writeFileSync(file, await downloadText(download));
    expectClean(problems);

    // Another machine: a browser with nothing stored.
    const other = await openApp(await fresh.another(), baseUrl, QUESTIONS);
    expect(await firstAssessment(other.page)).toBe('Ingen bedömning ännu.');
    await openSources(other.page);
    await other.page.setInputFiles('[data-testid="workspace-input"]', file);
    await other.page.waitForSelector('[data-testid="workspace-preview"]');
    expect(await other.page.textContent('[data-testid="workspace-preview-holds"]')).toContain(
      'Lärloggen: anteckningar 1, bedömningar 1, ögonblicksbilder 0',
    );
    await other.page.click('[data-testid="workspace-merge"]:not([disabled])');
    await other.page.waitForSelector('[data-testid="workspace-preview"]', { state: 'detached' });
    await goInApp(other.page, QUESTIONS);
    expect(await firstAssessment(other.page)).toMatch(/^Bedömning: Delvis \(Karin, /);
    await goInApp(other.page, INDICATOR);
    expect(await notesText(other.page)).toContain(NOTE_TEXT);
    // The county's briefing carries both: the note, and the assessment with its answer in words.
    await goInApp(other.page, '?vy=underlag&region=17', 0, 'underlag');
    expect(await other.page.innerText('[data-testid="briefing-notes"]')).toContain(NOTE_TEXT);
    const assessed = await other.page.innerText('[data-testid="briefing-assessments"]');
    expect(assessed).toContain('Utvärderingsfrågorna: 0 ja, 1 delvis, 0 nej, 0 vet ej.');
    expect(assessed).toContain('Delvis: ');
    expect(assessed).toContain('Ökar, men inte i den takt målet kräver');
    expectClean(other.problems);
  });

  it('a briefing saved, then a revised file: the Län view and the briefing flag "reviderad: 8,1 → 8,3", also after a reload', async () => {
    const { page, problems } = await openApp(fresh.context(), baseUrl, '?vy=lan&region=17');
    await addFiles(page, [join(FIXTURES, 'nyforetagande-forsta.csv')]);
    const card = page.locator('[data-testid="card-nyforetagande"]');
    expect(await card.locator('.card-value').innerText()).toContain('8,1');
    expect(await page.innerText('[data-testid="snapshot-compared"]')).toBe(
      'Ingen ögonblicksbild sparad för Värmlands län ännu.',
    );
    // "Spara underlag" on the briefing keeps the values it shows.
    await goInApp(page, '?vy=underlag&region=17', 0, 'underlag');
    expect(await page.locator('[data-testid="briefing-changes"]').count()).toBe(0);
    await page.click('[data-testid="snapshot-save"]');
    await page.waitForSelector(
      '[data-testid="briefing-changes"]:has-text("Inga nya eller reviderade värden")',
    );
    await goInApp(page, '?vy=lan&region=17', 0, 'lan');
    await page.waitForSelector(
      '[data-testid="snapshot-compared"]:has-text("Jämfört med ögonblicksbilden från")',
    );
    // Nothing changed since the snapshot just saved.
    expect(await page.locator('[data-testid="card-flag"]').count()).toBe(0);

    // The file is replaced by its revised version (Källor → Ersätt).
    await openSources(page);
    const before = await importCount(page);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.click('[data-testid="source-replace"]'),
    ]);
    await chooser.setFiles(join(FIXTURES, 'nyforetagande-reviderad.csv'));
    await importDone(page, before);
    await goInApp(page, '?vy=lan&region=17');
    expect(await card.locator('[data-testid="card-flag"]').innerText()).toBe('reviderad: 8,1 → 8,3');
    // Only the revised indicator is flagged.
    expect(await page.locator('[data-testid="card-flag"]').count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The briefing says the same, in its own words.
    await goInApp(page, '?vy=underlag&region=17', 0, 'underlag');
    expect(await page.locator('[data-testid="briefing-changes"] li').allInnerTexts()).toEqual([
      'Nyföretagande: reviderad: 8,1 → 8,3',
    ]);
    await goInApp(page, '?vy=lan&region=17', 0, 'lan');

    await reloadSaved(page);
    await waitForApp(page, 0, 'lan');
    expect(await card.locator('[data-testid="card-flag"]').innerText()).toBe('reviderad: 8,1 → 8,3');
    expectClean(problems);
  });
});
