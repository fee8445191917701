import { entry, q } from './issue-entry';

/** The example-data choice ("Visa exempeldata") in a workspace file (`showExample`). */
export const EXEMPEL_ISSUES = {
  workspace_show_example: entry<{ value: string }>('warning', (p) => ({
    sv: `valet ”Visa exempeldata” är ${q(p.value)}, varken true eller false; det lästes inte, och appen väljer som om inget val gjorts`,
    en: `the choice “Show example data” is ${q(p.value)}, neither true nor false; it was not read, and the app chooses as if none had been made`,
  })),
};
