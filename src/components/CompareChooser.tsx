import { useId, useRef, useState, type ReactElement } from 'react';
import { scopeRegions, type RegionScope } from '../domain/region-scope';
import { regionName } from '../domain/regions';
import { MAX_COMPARED } from '../state/url-state';
import { useI18n } from './i18n-context';

interface CompareChooserProps {
  /** The regions that can be compared: the scope's reference and compared regions. */
  readonly scope: RegionScope;
  /** The county in focus: always drawn, not offered here. */
  readonly focus: string;
  readonly chosen: readonly string[];
  readonly onChange: (codes: string[]) => void;
}

/** Further regions to draw beside the one in focus: a disclosure with a checkbox per region. */
export function CompareChooser({ scope, focus, chosen, onChange }: CompareChooserProps): ReactElement {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const legendId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const offered = scopeRegions(scope).filter((r) => r.code !== focus);
  const toggle = (code: string, on: boolean): void => {
    const next = on ? [...chosen, code] : chosen.filter((c) => c !== code);
    onChange(next.slice(0, MAX_COMPARED));
  };
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
      <fieldset id={panelId} className="chooser-panel" hidden={!open} data-testid="compare-panel">
        <legend>{t('compareLegend', { max: MAX_COMPARED })}</legend>
        {offered.map((r) => {
          const checked = chosen.includes(r.code);
          return (
            <label key={r.code} className="check">
              <input
                type="checkbox"
                checked={checked}
                disabled={!checked && chosen.length >= MAX_COMPARED}
                onChange={(e) => toggle(r.code, e.target.checked)}
                value={r.code}
              />
              {regionName(r, lang)}
            </label>
          );
        })}
        {chosen.length > 0 ? (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            {t('compareClear')}
          </button>
        ) : null}
      </fieldset>
    </div>
  );
}
