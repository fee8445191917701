import { launchChromium } from './lib/chromium';
import { buildAndServe } from './lib/serve-build';
const { url, server } = await buildAndServe('/work/main/.bench/shots');
const b = await launchChromium('/usr/bin/chromium');
const size = process.argv[2] === 'wide' ? { width: 1920, height: 1080 } : { width: 1366, height: 768 };
const ctx = await b.newContext({ viewport: size });
const p = await ctx.newPage();
p.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text()); });
p.on('pageerror', (e) => console.log('pageerror', e.message));
const shot = async (q: string, name: string, full = true) => {
  await p.goto(url + q);
  await p.waitForTimeout(1800);
  await p.screenshot({ path: `/tmp/${name}.png`, fullPage: full });
};
for (const [q, name] of (process.argv.slice(3).length ? process.argv.slice(3).map((a) => a.split('|')) : [
  ['?vy=lan&region=20', 'lan'],
  ['?vy=indikator&region=20&indikator=nyforetagande&med=01,25', 'indikator'],
  ['?vy=jamfor', 'jamfor'],
  ['?vy=fragor&region=20', 'fragor'],
]) as [string, string][]) await shot(q, name);
await b.close(); await server.close();
