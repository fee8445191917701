import { genderIndex, type Gender } from '../../domain/gender';
import { periodCode, type Period } from '../../domain/period';
import { regionIndexOf } from '../../domain/regions';
import { indicatorCodeOf, type Dataset } from './dataset';

/** Each dataset's notes by row, built once per notes column (a dataset never changes once built). */
const noteIndexes = new WeakMap<Uint32Array, Map<number, string>>();

function notesByRow(dataset: Dataset): Map<number, string> {
  const c = dataset.observations;
  let index = noteIndexes.get(c.noteRows);
  if (!index) {
    index = new Map();
    for (let k = 0; k < c.noteRows.length; k++) index.set(c.noteRows[k] ?? 0, c.noteTexts[k] ?? '');
    noteIndexes.set(c.noteRows, index);
  }
  return index;
}

/**
 * The note (kommentar) a file gives for one value — region, indicator, period and kön — or undefined.
 * When files repeat the value, the row that is used (the later file's) gives it, as in querySeries.
 */
export function pointNote(
  dataset: Dataset,
  indicator: string,
  region: string,
  period: Period,
  gender: Gender = 'T',
): string | undefined {
  const code = indicatorCodeOf(dataset, indicator);
  const regionIndex = regionIndexOf(region);
  if (code === undefined || regionIndex === undefined) return undefined;
  const c = dataset.observations;
  const wanted = periodCode(period);
  const g = genderIndex(gender);
  let row: number | undefined;
  const end = dataset.indicatorOffsets[code + 1] ?? 0;
  for (let i = dataset.indicatorOffsets[code] ?? 0; i < end; i++)
    if (c.region[i] === regionIndex && c.period[i] === wanted && c.gender[i] === g) row = i;
  return row === undefined ? undefined : notesByRow(dataset).get(row);
}
