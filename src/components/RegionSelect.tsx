import { useId, useMemo, useState, type ReactElement } from 'react';
import { scopeRegions, type RegionScope } from '../domain/region-scope';
import { COUNTIES, MUNICIPALITY_REGIONS, regionName, RIKET, type Region } from '../domain/regions';
import { foldName } from '../domain/text-match';
import type { Lang } from '../domain/language';
import type { Translate } from '../i18n/dictionary';
import { useI18n } from './i18n-context';
import { KommunOptionGroups } from './KommunOptionGroups';
import { selectWidth } from './select-width';
import { SelectField } from './SelectField';

interface RegionSelectProps {
  readonly scope: RegionScope;
  readonly value: string;
  readonly onChange: (code: string) => void;
  /**
   * Offer the kommuner too: Riket, the 21 län, and each county's kommuner in a group of their own,
   * with a search field ("Fal" → Falkenberg, Falköping, Falun).
   */
  readonly withKommuner?: boolean;
  /** The select's test id: the page's own region choice is `region-select`, a form's another. */
  readonly testId?: string;
}

/** The region in focus, by name in the interface language: the scope's regions, or every region. */
export function RegionSelect({
  scope,
  value,
  onChange,
  withKommuner = false,
  testId = 'region-select',
}: RegionSelectProps): ReactElement {
  const { t, lang } = useI18n();
  if (!withKommuner)
    return (
      <SelectField
        label={t('region')}
        value={value}
        options={scopeRegions(scope).map((r) => ({ value: r.code, label: regionName(r, lang) }))}
        onChange={onChange}
        testId={testId}
      />
    );
  return <RegionAndKommunSelect value={value} onChange={onChange} testId={testId} />;
}

const name = (r: Region, lang: 'sv' | 'en'): string => regionName(r, lang);

/** What a choice of every region lists: each region's name and each county's kommun group. */
export function regionChoiceLabels(t: Translate, lang: Lang): string[] {
  return [
    ...[RIKET, ...COUNTIES, ...MUNICIPALITY_REGIONS].map((r) => regionName(r, lang)),
    ...COUNTIES.map((c) => t('kommunGroup', { county: regionName(c, lang) })),
  ];
}

function RegionAndKommunSelect({
  value,
  onChange,
  testId,
}: {
  readonly value: string;
  readonly onChange: (code: string) => void;
  readonly testId: string;
}): ReactElement {
  const { t, lang } = useI18n();
  const selectId = useId();
  const searchId = useId();
  const listId = useId();
  const [query, setQuery] = useState('');
  // A name typed or picked from the suggestions chooses its region; a kommun and a county of one
  // name ("Gotland") are told apart by the county's full name ("Gotlands län").
  const byName = useMemo(
    () =>
      new Map([RIKET, ...COUNTIES, ...MUNICIPALITY_REGIONS].map((r) => [foldName(name(r, lang)), r.code])),
    [lang],
  );
  const width = useMemo(() => selectWidth([...regionChoiceLabels(t, lang), t('scopeAllLan')]), [t, lang]);
  // The 312 choices and 311 suggestions, made once per language: a region chosen re-renders the
  // select, and React passes over elements it was handed before without comparing them again.
  const options = useMemo(
    () => (
      <>
        <option value={RIKET.code}>{name(RIKET, lang)}</option>
        <optgroup label={t('scopeAllLan')}>
          {COUNTIES.map((c) => (
            <option key={c.code} value={c.code}>
              {name(c, lang)}
            </option>
          ))}
        </optgroup>
        <KommunOptionGroups />
      </>
    ),
    [t, lang],
  );
  const suggestions = useMemo(
    () => [...COUNTIES, ...MUNICIPALITY_REGIONS].map((r) => <option key={r.code} value={name(r, lang)} />),
    [lang],
  );
  const choose = (text: string): void => {
    const code = byName.get(foldName(text.trim()));
    if (code === undefined) return;
    setQuery('');
    onChange(code);
  };
  return (
    <>
      <div className="control">
        <label htmlFor={selectId}>{t('regionChoice')}</label>
        <select
          id={selectId}
          value={value}
          style={width}
          onChange={(e) => onChange(e.target.value)}
          data-testid={testId}
        >
          {options}
        </select>
      </div>
      <div className="control">
        <label htmlFor={searchId}>{t('regionSearch')}</label>
        <input
          id={searchId}
          type="search"
          list={listId}
          value={query}
          autoComplete="off"
          onChange={(e) => {
            setQuery(e.target.value);
            // A suggestion picked from the list chooses at once; typed text waits for Enter, so
            // typing "Markaryd" does not stop at "Mark".
            const { inputType } = e.nativeEvent as InputEvent;
            if (inputType === undefined || inputType === 'insertReplacementText') choose(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            choose(query);
          }}
          data-testid="region-search"
        />
        <datalist id={listId}>{suggestions}</datalist>
      </div>
    </>
  );
}
