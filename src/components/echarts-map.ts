/**
 * The county map, loaded on first use: ECharts' map series and the 21 län outlines from the npm
 * package @svg-maps/sweden (Victor Cazanave, CC BY 4.0; the attribution is shown under every map).
 * Part of the one ECharts adapter (EChart.tsx), split off to keep it out of the first download.
 */
import sweden from '@svg-maps/sweden';
import { MapChart } from 'echarts/charts';
import type * as Echarts from 'echarts/core';
import { COUNTY_MAP } from '../charts/map-option';
import { resolveRegion } from '../domain/region-resolver';

/** The package's outlines as one SVG whose paths are named by SCB county code. */
export function countyMapSvg(): string {
  const paths = sweden.locations.map((location) => {
    const resolved = resolveRegion(location.name);
    if (!resolved.ok || resolved.region.level !== 'lan')
      throw new Error(`Map outline ${location.name} is no county`);
    return `<path name="${resolved.region.code}" d="${location.path}"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${sweden.viewBox}">${paths.join('')}</svg>`;
}

export function registerCountyMap(echarts: typeof Echarts): void {
  echarts.use([MapChart]);
  echarts.registerMap(COUNTY_MAP, { svg: countyMapSvg() });
}
