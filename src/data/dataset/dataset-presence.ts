import { isEmptyLedger } from '../../domain/ledger';
import type { Dataset } from './dataset';

/**
 * Whether the app's invented example data is in the dataset: some example file was imported (with
 * the example data off none is; the catalogue read for its definitions has no report). What the
 * "påhittade värden" banner and the captions follow.
 */
export function hasExampleData(dataset: Pick<Dataset, 'reports'>): boolean {
  return dataset.reports.some((r) => r.example === true);
}

/** Nothing to show: no value, no target, no case, frame or planned share. */
export function isEmptyDataset(dataset: Pick<Dataset, 'observations' | 'targets' | 'ledger'>): boolean {
  return dataset.observations.length === 0 && dataset.targets.length === 0 && isEmptyLedger(dataset.ledger);
}
