import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/components/i18n-context';
import { initialChoice, initialDraft, mappingResult, NEW, NONE } from '../../src/components/mapping-form';
import { MappingForm } from '../../src/components/MappingForm';
import { readTargetDraft } from '../../src/components/target-form';
import { TargetEditor } from '../../src/components/TargetEditor';
import { useProblemFocus } from '../../src/components/use-problem-focus';
import type { WorkspaceApi } from '../../src/components/use-workspace';
import { WorkspaceContext } from '../../src/components/workspace-context';
import { EMPTY_WORKSPACE } from '../../src/data/workspace/workspace';
import { fakeWorkspaceApi } from './fake-workspace-api';

const apiWith = fakeWorkspaceApi;

const editor = (api: WorkspaceApi, decimals = 1): ReactElement => (
  <I18nProvider lang="sv">
    <WorkspaceContext.Provider value={api}>
      <TargetEditor region="20" regionName="Dalarnas län" indicator="nyforetagande" decimals={decimals} />
    </WorkspaceContext.Provider>
  </I18nProvider>
);

describe('useProblemFocus', () => {
  it('focuses the field of each new problem, the same field again on a second try', () => {
    const input = document.createElement('input');
    const other = document.createElement('input');
    document.body.append(input, other);
    const { result } = renderHook(() => useProblemFocus<'a' | 'b'>());
    result.current.fieldRef('a')(input);
    result.current.fieldRef('b')(other);
    act(() => result.current.setProblem({ key: 'targetInvalid', field: 'a' }));
    expect(document.activeElement).toBe(input);
    other.focus();
    act(() => result.current.setProblem({ key: 'targetInvalid', field: 'a' }));
    expect(document.activeElement).toBe(input);
    // A field whose control is gone takes no focus, and nothing throws.
    result.current.fieldRef('b')(null);
    input.focus();
    act(() => result.current.setProblem({ key: 'targetInvalid', field: 'b' }));
    expect(document.activeElement).toBe(input);
    expect(result.current.fieldRef('a')).toBe(result.current.fieldRef('a'));
    input.remove();
    other.remove();
  });
});

describe('readTargetDraft', () => {
  const draft = { period: '2030', value: '12,5', basePeriod: '', baseValue: '' };

  it('reads a target with a decimal comma, and a baseline only when one is typed', () => {
    expect(readTargetDraft(draft, '20', 'x')).toEqual({
      target: { region: '20', indicator: 'x', period: '2030', value: 12.5, baseline: undefined },
    });
    expect(readTargetDraft({ ...draft, basePeriod: '2020', baseValue: '8' }, '20', 'x')).toMatchObject({
      target: { baseline: { period: '2020', value: 8 } },
    });
  });

  it('names the field that is wrong', () => {
    const field = (d: typeof draft): unknown => {
      const read = readTargetDraft(d, '20', 'x');
      return 'problem' in read ? read.problem : undefined;
    };
    expect(field({ ...draft, period: 'snart' })).toEqual({ key: 'targetInvalid', field: 'period' });
    expect(field({ ...draft, value: '' })).toEqual({ key: 'targetInvalid', field: 'value' });
    expect(field({ ...draft, baseValue: '8' })).toEqual({
      key: 'targetBaselineInvalid',
      field: 'basePeriod',
    });
    expect(field({ ...draft, basePeriod: '2020' })).toEqual({
      key: 'targetBaselineInvalid',
      field: 'baseValue',
    });
  });
});

describe('mapping-form rules', () => {
  const long = ['län', 'år', 'värde'];
  const wide = ['län', '2022', '2023'];
  const periods = (header: readonly string[]): { index: number }[] =>
    header.flatMap((h, index) => (/^\d{4}$/.test(h) ? [{ index }] : []));

  it('starts from what the header says, or from the earlier choice', () => {
    expect(initialChoice(long, undefined, periods(long))).toEqual({
      layout: 'long',
      region: '0',
      period: '1',
      value: '2',
      gender: NONE,
      indicator: NEW,
      regionCode: NONE,
      periodPart: NONE,
      others: ['ignore', 'ignore', 'ignore'],
    });
    expect(initialChoice(wide, undefined, periods(wide)).layout).toBe('wide');
    expect(initialChoice(long, { columns: { region: 2, period: 0, value: 1 } }, []).region).toBe('2');
    expect(initialDraft({ indicator: 'antal' }).name).toBe('antal');
  });

  it('saves the columns with the new indicator, or names the field that is missing', () => {
    const choice = initialChoice(long, undefined, []);
    const draft = { ...initialDraft(undefined), name: 'Antal anställda', unit: ' st ' };
    expect(mappingResult(choice, [], draft)).toEqual({
      options: {
        columns: { region: 0, period: 1, value: 2, gender: undefined, indicator: undefined },
        indicator: 'antal_anstallda',
      },
      indicator: {
        id: 'antal_anstallda',
        name: 'Antal anställda',
        unit: 'st',
        chainLevel: 'utfall',
        direction: 'higher_is_better',
        decimals: 1,
      },
    });
    expect(mappingResult(choice, [], initialDraft(undefined))).toEqual({
      problem: { key: 'mappingNeedsName', field: 'name' },
    });
    expect(mappingResult({ ...choice, period: NONE }, [], draft)).toEqual({
      problem: { key: 'mappingNeedsColumns', field: 'period' },
    });
    expect(mappingResult({ ...choice, layout: 'wide' }, [], draft)).toEqual({
      problem: { key: 'mappingNoPeriods', field: 'layout' },
    });
  });

  it('never suggests a column of years as the region: none is chosen, and the form asks for it', () => {
    const years = ['År', 'Antal'];
    const rows = [
      ['2021', '5'],
      ['2023', '7'],
    ];
    const choice = initialChoice(years, undefined, [], rows);
    expect(choice).toMatchObject({ region: NONE, period: '0' });
    const draft = { ...initialDraft(undefined), name: 'Antal' };
    expect(mappingResult({ ...choice, value: '1' }, [], draft)).toEqual({
      problem: { key: 'mappingNeedsRegion', field: 'region' },
    });
    // A column without a header whose values are regions is suggested (PxWeb's empty header cells).
    const pxweb = initialChoice(['', '', 'Antal'], undefined, [], [['2023M11', '08 Kalmar län', '41']]);
    expect(pxweb.region).toBe('1');
  });
});

describe('MappingForm', () => {
  it('asks for the region when no column is one, with the region select marked and focused', () => {
    const preview = { header: ['År', 'Antal'], headerLine: 1, rows: [['2021', '5']], shape: 'ar;antal' };
    const saved: unknown[] = [];
    render(
      <I18nProvider lang="sv">
        <MappingForm
          preview={preview}
          initial={undefined}
          onSave={(o) => saved.push(o)}
          onCancel={() => {}}
        />
      </I18nProvider>,
    );
    const region = screen.getByTestId<HTMLSelectElement>('map-region');
    expect(region.value).toBe(NONE);
    fireEvent.change(screen.getByTestId('map-value'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('Indikatorns namn'), { target: { value: 'Antal' } });
    fireEvent.click(screen.getByTestId('map-save'));
    expect(saved).toEqual([]);
    expect(screen.getByRole('alert').textContent).toContain('Välj kolumnen med region');
    expect(region.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(region);
    fireEvent.change(region, { target: { value: '0' } });
    fireEvent.click(screen.getByTestId('map-save'));
    expect(saved).toHaveLength(1);
  });
});

describe('TargetEditor', () => {
  it('saves the parsed target, clears the value only, and keeps what was typed while closed', () => {
    const api = apiWith();
    render(editor(api));
    const toggle = screen.getByTestId('target-editor-toggle');
    fireEvent.click(toggle);
    fireEvent.change(screen.getByTestId('target-value'), { target: { value: '9,5' } });
    fireEvent.click(screen.getByTestId('target-save'));
    expect(api.addTarget).toHaveBeenCalledWith({
      region: '20',
      indicator: 'nyforetagande',
      period: '2030',
      value: 9.5,
      baseline: undefined,
    });
    expect((screen.getByTestId('target-value') as HTMLInputElement).value).toBe('');
    fireEvent.change(screen.getByTestId('target-period'), { target: { value: '2028' } });
    fireEvent.click(toggle);
    expect(screen.queryByTestId('target-form')).toBeNull();
    fireEvent.click(toggle);
    expect((screen.getByTestId('target-period') as HTMLInputElement).value).toBe('2028');
  });

  it("lists the county's own targets for the indicator with the indicator's decimals", () => {
    const target = {
      region: '20',
      indicator: 'nyforetagande',
      period: '2030',
      value: 12.5,
      baseline: undefined,
    };
    const api = apiWith({ ...EMPTY_WORKSPACE, targets: [target, { ...target, region: '01' }] });
    render(editor(api, 1));
    const list = screen.getByTestId('own-targets');
    expect(list.querySelectorAll('li')).toHaveLength(1);
    expect(list.textContent).toContain('12,5');
    fireEvent.click(screen.getByRole('button', { name: /2030/ }));
    expect(api.removeTarget).toHaveBeenCalledWith(target);
  });
});
