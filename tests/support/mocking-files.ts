/**
 * The test files that replace a module with vi.mock. The unit and component projects share one
 * module graph per worker (isolate: false), where a replaced module would leak into the next file or
 * come too late; these files run in a project of their own with fresh modules
 * (vitest.config.ts, tests/scripts/test-isolation.test.ts).
 */
export const MOCKING_FILES: readonly string[] = ['tests/views/panel-failure.test.tsx'];
