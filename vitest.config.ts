import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { E2eLongestFirst } from './tests/support/e2e-order';
import { MOCKING_FILES } from './tests/support/mocking-files';

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: on a 2-core machine, one file at a time (the
    // whole suite took 766 s so). Two workers: the e2e files mostly wait on Chromium, and the unit and
    // component files run beside them. Three were slower (a fresh clone: 662 s against 624 s).
    maxWorkers: 2,
    // The end-to-end files longest first also in a fresh clone, which has no results cache.
    sequence: { sequencer: E2eLongestFirst },
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          // Pure code: one module graph per worker, not per file (the unit and component files took
          // 177 s on two cores with a fresh graph each, 66 s so). A file that replaces a module
          // (vi.mock) runs isolated (components-mocked).
          isolate: false,
          include: ['tests/{domain,data,charts,state,property,scripts,views,i18n,components}/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/{components,views}/**/*.test.tsx'],
          exclude: [...MOCKING_FILES],
          setupFiles: ['tests/components/setup.ts'],
          testTimeout: 30_000,
          isolate: false,
        },
      },
      {
        // The files that replace a module (vi.mock) get fresh modules of their own.
        plugins: [react()],
        test: {
          name: 'components-mocked',
          environment: 'jsdom',
          include: [...MOCKING_FILES],
          setupFiles: ['tests/components/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // The longest e2e test took 16 s on an idle 2-core machine and 83 s with the machine at a
          // load of 13 (three other test runs beside it): the budget is about three times that.
          // Every wait in the tests ends as soon as its condition holds; none sleeps.
          testTimeout: 240_000,
          hookTimeout: 300_000,
          // Files run side by side (maxWorkers above: two workers on two cores): an e2e test mostly
          // waits on the browser, so two files fill the machine better than one. The files a worker
          // runs share its module graph and so its Chromium (tests/e2e/browser.ts: a launch is about
          // 1.7 s); each file has fresh contexts of its own; the build and its server are shared and
          // read-only.
          isolate: false,
        },
      },
    ],
  },
});
