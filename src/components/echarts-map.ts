/**
 * The maps, loaded on first use: ECharts' map series and the boundaries of the 21 län and the 290
 * kommuner from SCB's Digitala gränser (CC0, simplified; src/assets/geo, the credit is shown under
 * every map). The county map loads with the first map; a county's kommun map loads the kommun
 * boundaries (~50 kB gzip) only when a kommun map is first shown. Part of the one ECharts adapter
 * (EChart.tsx), split off to keep it out of the first download.
 */
import { MapChart } from 'echarts/charts';
import type * as Echarts from 'echarts/core';
import { COUNTY_MAP, countyOfKommunMap, kommunMapName } from '../charts/map-option';
import { kommunerOf, project, regionCollection, type RegionCollection } from '../charts/map-geometry';

type GeoSource = Parameters<typeof Echarts.registerMap>[1];

let kommunLoading: Promise<RegionCollection> | undefined;

export async function registerCountyMap(echarts: typeof Echarts): Promise<void> {
  echarts.use([MapChart]);
  const lan = regionCollection((await import('../assets/geo/lan.json')).default);
  echarts.registerMap(COUNTY_MAP, project(lan) as unknown as GeoSource);
}

/** Registers the map of one county's kommuner (once), projected about the county's own middle. */
export async function registerKommunMap(echarts: typeof Echarts, county: string): Promise<void> {
  const name = kommunMapName(county);
  if (echarts.getMap(name)) return;
  kommunLoading ??= import('../assets/geo/kommuner.json').then((m) => regionCollection(m.default));
  const kommuner = await kommunLoading;
  echarts.registerMap(name, project(kommunerOf(kommuner, county)) as unknown as GeoSource);
}

/** Registers the map an option names: the county map or a county's kommun map. */
export async function registerMap(echarts: typeof Echarts, name: string): Promise<void> {
  const county = countyOfKommunMap(name);
  if (county !== undefined) {
    echarts.use([MapChart]);
    await registerKommunMap(echarts, county);
  } else if (name === COUNTY_MAP) await registerCountyMap(echarts);
  else throw new Error(`No map named ${name}`);
}
