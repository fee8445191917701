import type { ReactElement } from 'react';
import { COUNTIES, MUNICIPALITY_REGIONS, regionName } from '../domain/regions';
import { useI18n } from './i18n-context';

/** Each county's kommuner as a group of options ("Kommuner i Dalarnas län"), for a region choice. */
export function KommunOptionGroups(): ReactElement {
  const { t, lang } = useI18n();
  return (
    <>
      {COUNTIES.map((c) => (
        <optgroup key={c.code} label={t('kommunGroup', { county: regionName(c, lang) })}>
          {MUNICIPALITY_REGIONS.filter((k) => k.countyCode === c.code).map((k) => (
            <option key={k.code} value={k.code}>
              {regionName(k, lang)}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
