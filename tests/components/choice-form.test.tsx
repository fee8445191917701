import { describe, expect, it } from 'vitest';
import {
  AUTO,
  CONSTANT,
  initialChoice,
  initialDraft,
  mappingResult,
  NONE,
} from '../../src/components/mapping-form';

const HEADER = ['Län', 'År', 'Tid', 'Arbetslösa', 'Grupp', 'Andel'];

describe('Välj kolumner for a file the reader read', () => {
  const read = { region: 0, period: 2, value: 3, series: [4], ignore: [1, 5] };

  it('starts from the reader’s choice: its columns, the indicator as the reader names it, the rest', () => {
    const choice = initialChoice(HEADER, undefined, [], [], read);
    expect(choice).toMatchObject({ layout: 'long', region: '0', period: '2', value: '3', indicator: AUTO });
    expect(choice.others).toEqual(['ignore', 'ignore', 'ignore', 'ignore', 'series', 'ignore']);
  });

  it('saves another value column, a series and a constant region as the mapping the reader takes', () => {
    const start = initialChoice(HEADER, undefined, [], [], read);
    const choice = {
      ...start,
      region: CONSTANT,
      regionCode: '17',
      period: '1',
      others: start.others.map((r, i) => (i === 5 ? ('value' as const) : r)),
    };
    const result = mappingResult(choice, [], initialDraft(undefined));
    expect(result).toEqual({
      options: {
        columns: {
          regionCode: '17',
          period: 1,
          values: [3, 5],
          series: [4],
          gender: undefined,
          indicator: undefined,
          ignore: [0, 2],
        },
      },
      indicator: undefined,
    });
  });

  it('a constant region needs a region; a wide table needs a region column', () => {
    const start = initialChoice(HEADER, undefined, [], [], read);
    const none = mappingResult({ ...start, region: CONSTANT, regionCode: NONE }, [], initialDraft(undefined));
    expect(none).toEqual({ problem: { key: 'choiceNeedsRegionCode', field: 'regionCode' } });
    const wide = mappingResult(
      { ...start, layout: 'wide', region: CONSTANT, regionCode: '17' },
      [{ index: 2 }],
      initialDraft(undefined),
    );
    expect(wide).toEqual({ problem: { key: 'choiceWideNeedsRegion', field: 'region' } });
  });

  it('a region read from the title starts as the constant region', () => {
    const choice = initialChoice(['År', 'Antal'], undefined, [], [], {
      regionCode: '17',
      period: 0,
      value: 1,
    });
    expect([choice.region, choice.regionCode]).toEqual([CONSTANT, '17']);
  });
});
