import { useId, useRef, useState, type ReactElement } from 'react';
import { scopeRegions, type RegionScope } from '../domain/region-scope';
import { regionName } from '../domain/regions';
import { MAX_COMPARED } from '../state/url-state';
import { compareGroups, matchingGroups, type CompareGroup } from './compare-groups';
import { useI18n } from './i18n-context';

interface CompareChooserProps {
  /** The regions that can be compared: the scope's, and among kommuner every kommun and Riket. */
  readonly scope: RegionScope;
  /** The region in focus: always drawn, not offered here. */
  readonly focus: string;
  readonly chosen: readonly string[];
  readonly onChange: (codes: string[]) => void;
}

/**
 * Further regions to draw beside the one in focus: a disclosure with a checkbox per region. Among
 * the län, Riket and the 21 län; among a county's kommuner, the county and Riket, then the kommuner
 * of every county grouped under it (its own county first), with a search field.
 */
export function CompareChooser({ scope, focus, chosen, onChange }: CompareChooserProps): ReactElement {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const panelId = useId();
  const legendId = useId();
  const searchId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const toggle = (code: string, on: boolean): void => {
    const next = on ? [...chosen, code] : chosen.filter((c) => c !== code);
    onChange(next.slice(0, MAX_COMPARED));
  };
  const box = (code: string, name: string): ReactElement => {
    const checked = chosen.includes(code);
    return (
      <label key={code} className="check">
        <input
          type="checkbox"
          checked={checked}
          disabled={!checked && chosen.length >= MAX_COMPARED}
          onChange={(e) => toggle(code, e.target.checked)}
          value={code}
        />
        {name}
      </label>
    );
  };
  const many = scope.level === 'kommun';
  return (
    <div
      className="control compare-chooser"
      onKeyDown={(e) => {
        // Escape closes the open panel and returns focus to its toggle.
        if (e.key !== 'Escape' || !open) return;
        e.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }}
    >
      <span className="control-label" id={legendId}>
        {t('compareWith')}
      </span>
      <button
        ref={button}
        type="button"
        className="chooser-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-describedby={legendId}
        onClick={() => setOpen((v) => !v)}
        data-testid="compare-toggle"
      >
        {chosen.length === 0 ? t('compareNone') : t('compareCount', { count: chosen.length })}
      </button>
      <fieldset
        id={panelId}
        className={many ? 'chooser-panel chooser-many' : 'chooser-panel'}
        hidden={!open}
        data-testid="compare-panel"
      >
        <legend>{t('compareLegend', { max: MAX_COMPARED })}</legend>
        {/* The boxes are drawn when the panel opens: among kommuner they are three hundred. */}
        {!open ? null : many ? (
          <>
            <div className="chooser-search">
              <label htmlFor={searchId}>{t('compareSearch')}</label>
              <input
                id={searchId}
                type="search"
                value={query}
                autoComplete="off"
                onChange={(e) => setQuery(e.target.value)}
                data-testid="compare-search"
              />
            </div>
            <GroupedBoxes groups={matchingGroups(compareGroups(scope, focus, lang, t), query)} box={box} />
          </>
        ) : (
          scopeRegions(scope)
            .filter((r) => r.code !== focus)
            .map((r) => box(r.code, regionName(r, lang)))
        )}
        {chosen.length > 0 ? (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            {t('compareClear')}
          </button>
        ) : null}
      </fieldset>
    </div>
  );
}

function GroupedBoxes({
  groups,
  box,
}: {
  readonly groups: readonly CompareGroup[];
  readonly box: (code: string, name: string) => ReactElement;
}): ReactElement {
  const { t } = useI18n();
  if (groups.length === 0)
    return (
      <p className="hint chooser-search" role="status">
        {t('compareNoMatch')}
      </p>
    );
  return (
    <>
      {groups.map((g) => (
        <fieldset key={g.key} className="chooser-group">
          <legend>{g.label}</legend>
          {g.regions.map((r) => box(r.code, r.name))}
        </fieldset>
      ))}
    </>
  );
}
