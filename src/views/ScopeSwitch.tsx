import { useId, type ReactElement } from 'react';
import { useI18n } from '../components/i18n-context';
import type { RegionScope } from '../domain/region-scope';
import { regionByCode, regionName } from '../domain/regions';
import type { UrlState } from '../state/url-state';

interface ScopeSwitchProps {
  readonly scope: RegionScope;
  /** The region in focus. */
  readonly region: string;
  readonly onChange: (change: Partial<UrlState>) => void;
}

/**
 * "Jämför: Länen | Kommunerna i X län" for a county or a kommun in focus (Riket has no kommuner of
 * its own). Back to the län from a kommun puts its county in focus.
 */
export function ScopeSwitch({ scope, region, onChange }: ScopeSwitchProps): ReactElement | null {
  const { t, lang } = useI18n();
  const name = useId();
  const focus = regionByCode(region);
  const county = focus?.level === 'kommun' ? regionByCode(focus.countyCode) : focus;
  if (!county || county.level !== 'lan') return null;
  const countyName = regionName(county, lang);
  const choose = (level: 'lan' | 'kommun'): void =>
    onChange(
      level === 'lan' ? { level: 'lan', region: county.code, compare: [] } : { level: 'kommun', compare: [] },
    );
  return (
    <fieldset className="control scope-switch" data-testid="scope-switch">
      <legend className="control-label">{t('scopeChoice')}</legend>
      <label>
        <input
          type="radio"
          name={name}
          checked={scope.level === 'lan'}
          onChange={() => choose('lan')}
          data-testid="scope-lan"
        />
        {t('scopeLan')}
      </label>
      <label>
        <input
          type="radio"
          name={name}
          checked={scope.level === 'kommun'}
          onChange={() => choose('kommun')}
          data-testid="scope-kommun"
        />
        {t('scopeKommun', { county: countyName })}
      </label>
    </fieldset>
  );
}
