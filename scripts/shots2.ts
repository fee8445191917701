import { launchChromium } from './lib/chromium';
import { buildAndServe } from './lib/serve-build';
const { url, server } = await buildAndServe('/work/main/.bench/shots');
const b = await launchChromium('/usr/bin/chromium');
const ctx = await b.newContext({ viewport: { width: 1366, height: 768 } });
const p = await ctx.newPage();
p.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text()); });
p.on('pageerror', (e) => console.log('pageerror', e.message));
await p.goto(url + '?vy=indikator&region=20&indikator=arbetsloshet');
await p.waitForTimeout(1500);
await p.setInputFiles('[data-testid="file-input"]', ['/work/shared/fixtures/real/arbetsloshet_lan_ar.xlsx', '/work/main/tests/fixtures/two_bad_rows.csv']);
await p.waitForTimeout(2500);
await p.screenshot({ path: '/tmp/after-xlsx.png', fullPage: false });
// a file needing mapping
await p.evaluate(() => {
  const dt = new DataTransfer();
  dt.items.add(new File(['län;år;antal anställda;antal företag\n20;2023;100;5\n01;2023;900;40\n'], 'okand.csv', { type: 'text/csv' }));
  window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
});
await p.waitForTimeout(2000);
await p.click('[data-testid="sources-toggle"]');
await p.waitForTimeout(300);
await p.screenshot({ path: '/tmp/sources.png', fullPage: true });
const maps = await p.$$('[data-testid="source-map"]');
console.log('map buttons', maps.length);
if (maps[0]) { await maps[0].click(); await p.waitForTimeout(300); await p.locator('[data-testid="mapping-form"]').scrollIntoViewIfNeeded(); await p.locator('[data-testid="mapping-form"]').screenshot({ path: '/tmp/mapping.png' }); }
await b.close(); await server.close();
