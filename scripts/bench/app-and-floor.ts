/**
 * What the BENCH_ONLY figures that compare the app with the floor page share: both built into .bench
 * (the app into `dist`, the floor into `floor-<dist>`), served the same way, one Chromium for both,
 * and all of it closed again.
 */
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { findChromium, launchChromium } from '../lib/chromium';
import { buildAndServe, REPO_ROOT } from '../lib/serve-build';
import { BENCH_DIR } from './generate';

/** A bench figure's number, sv-SE. */
export const fmt = (n: number, d = 0): string =>
  n.toLocaleString('sv-SE', { minimumFractionDigits: d, maximumFractionDigits: d });

export interface AppAndFloor {
  readonly browser: Browser;
  readonly appUrl: string;
  readonly floorUrl: string;
}

export async function withAppAndFloor<T>(
  only: string,
  dist: string,
  body: (served: AppAndFloor) => Promise<T>,
): Promise<T> {
  const chromium = findChromium();
  if (!chromium) throw new Error(`BENCH_ONLY=${only} needs Chromium (/usr/bin/chromium or CHROMIUM_PATH)`);
  const app = await buildAndServe(resolve(BENCH_DIR, dist));
  const floor = await buildAndServe(
    resolve(BENCH_DIR, `floor-${dist}`),
    resolve(REPO_ROOT, 'scripts/bench/floor'),
  );
  const browser = await launchChromium(chromium);
  try {
    return await body({ browser, appUrl: app.url, floorUrl: floor.url });
  } finally {
    await browser.close();
    await app.server.close();
    await floor.server.close();
  }
}
