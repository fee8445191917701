import { entry, q } from './issue-entry';

/** Why the reader left a column out of a long table. */
export type LeftOutReason =
  'counter' | 'year' | 'class' | 'attribute' | 'empty' | 'numeric' | 'unused' | 'ignored';

const REASONS: Readonly<Record<LeftOutReason, { sv: string; en: string }>> = {
  counter: { sv: 'ett löpnummer 1, 2, 3 …', en: 'a row counter 1, 2, 3 …' },
  year: { sv: 'årtal som perioden redan säger', en: 'years the period already gives' },
  class: { sv: 'en klassindelning som ”2-4”', en: 'a class such as ”2-4”' },
  attribute: {
    sv: 'varierar med raderna men skiljer dem inte åt',
    en: 'varies with the rows but does not tell them apart',
  },
  empty: { sv: 'tom', en: 'empty' },
  ignored: { sv: 'du valde att inte läsa den', en: 'you chose not to read it' },
  numeric: {
    sv: 'tal, men värdet lästes från en annan kolumn',
    en: 'numbers, but the value came from another column',
  },
  unused: { sv: 'används inte', en: 'not used' },
};

/** "”a”, ”b” och ”c”" / "”a”, ”b” and ”c”"; more than `max` end with "… och 3 till". */
function list(items: readonly string[], and: string, more: string, max = 8): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} … ${more.replace('{n}', String(rest))}`;
  return shown.length <= 1
    ? shown.join('')
    : `${shown.slice(0, -1).join(', ')} ${and} ${shown[shown.length - 1] ?? ''}`;
}

interface Named {
  readonly name: string;
}

/**
 * What the long table's reader decided about columns beyond region, period, kön and value: a
 * constant column describes the indicator, a dimension column splits it into series, several value
 * columns are an indicator each, and every column left out is named with the reason.
 */
export const TABLE_SHAPE_ISSUES = {
  columns_constant_described: entry<{ columns: readonly (Named & { readonly value: string })[] }>(
    'info',
    (p) => {
      const pairs = p.columns.map((c) => `${q(c.name)} = ${q(c.value)}`);
      const one = p.columns.length === 1;
      return {
        sv: `${one ? 'Kolumnen' : 'Kolumnerna'} ${list(pairs, 'och', 'och {n} till')} har samma värde på varje rad och lades till i indikatorns beskrivning.`,
        en: `${one ? 'Column' : 'Columns'} ${list(pairs, 'and', 'and {n} more')} ${one ? 'has' : 'have'} the same value on every row and ${one ? 'was' : 'were'} added to the indicator's description.`,
      };
    },
  ),
  column_dimension_series: entry<{
    column: string;
    count: number;
    series: readonly (Named & { readonly id: string })[];
  }>('info', (p) => {
    const named = p.series.map((s) => `${q(s.name)} (${s.id})`);
    return {
      sv: `Kolumnen ${q(p.column)} delar upp värdena: varje värde i den blev en egen serie (${p.count} serier): ${list(named, 'och', 'och {n} till', 4)}.`,
      en: `Column ${q(p.column)} splits the values: each of its values became a series of its own (${p.count} series): ${list(named, 'and', 'and {n} more', 4)}.`,
    };
  }),
  measure_columns_read: entry<{ columns: readonly (Named & { readonly id: string })[] }>('info', (p) => {
    const named = p.columns.map((c) => `${q(c.name)} (${c.id})`);
    return {
      sv: `Tabellen har ${p.columns.length} kolumner med tal; var och en lästes som en egen indikator: ${list(named, 'och', 'och {n} till', 12)}.`,
      en: `The table has ${p.columns.length} columns of numbers; each was read as an indicator of its own: ${list(named, 'and', 'and {n} more', 12)}.`,
    };
  }),
  columns_left_out: entry<{ columns: readonly (Named & { readonly reason: LeftOutReason })[] }>(
    'info',
    (p) => {
      const one = p.columns.length === 1;
      return {
        sv: `${one ? 'Kolumnen' : `${p.columns.length} kolumner`} lästes inte: ${list(
          p.columns.map((c) => `${q(c.name)} (${REASONS[c.reason].sv})`),
          'och',
          'och {n} till',
          12,
        )}.`,
        en: `${one ? 'One column was' : `${p.columns.length} columns were`} not read: ${list(
          p.columns.map((c) => `${q(c.name)} (${REASONS[c.reason].en})`),
          'and',
          'and {n} more',
          12,
        )}.`,
      };
    },
  ),
};
