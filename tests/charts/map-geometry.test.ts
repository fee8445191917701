import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bounds,
  kommunerOf,
  polygonsOf,
  project,
  regionCollection,
  type RegionCollection,
} from '../../src/charts/map-geometry';
import { COUNTIES, MUNICIPALITY_REGIONS, regionByCode } from '../../src/domain/regions';

const geo = (file: string): RegionCollection =>
  regionCollection(
    JSON.parse(readFileSync(resolve(import.meta.dirname, '../../src/assets/geo', file), 'utf8')),
  );

describe('the boundaries the maps draw (SCB Digitala gränser)', () => {
  const lan = geo('lan.json');
  const kommuner = geo('kommuner.json');

  it('hold the 21 län and the 290 kommuner, with the codes and names of the domain', () => {
    expect(lan.features.map((f) => f.properties.code)).toEqual(COUNTIES.map((c) => c.code).sort());
    expect(kommuner.features.map((f) => f.properties.code).sort()).toEqual(
      MUNICIPALITY_REGIONS.map((m) => m.code).sort(),
    );
    for (const f of kommuner.features)
      expect(f.properties.name).toBe(regionByCode(f.properties.code)?.nameSv);
    for (const f of lan.features) expect(regionByCode(f.properties.code)?.nameSv).toBe(f.properties.name);
  });

  it("a county's kommun map holds its kommuner and no others: Dalarna's 15", () => {
    const dalarna = kommunerOf(kommuner, '20');
    expect(dalarna.features).toHaveLength(15);
    expect(dalarna.features.map((f) => f.properties.name)).toContain('Falun');
    expect(dalarna.features.every((f) => f.properties.code.startsWith('20'))).toBe(true);
  });

  it('projection shrinks longitudes by the cosine of the middle latitude and keeps latitudes', () => {
    const [minX, minY, maxX, maxY] = bounds(lan);
    const [pMinX, pMinY, pMaxX, pMaxY] = bounds(project(lan));
    const factor = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
    expect(pMinY).toBe(minY);
    expect(pMaxY).toBe(maxY);
    expect(pMinX).toBeCloseTo(minX * factor, 9);
    expect(pMaxX).toBeCloseTo(maxX * factor, 9);
    // Sweden is about 1 570 km tall and 500 km wide at its middle latitude: taller than wide.
    expect((pMaxY - pMinY) / (pMaxX - pMinX)).toBeGreaterThan(1.8);
    expect(project(lan).features.map((f) => polygonsOf(f).length)).toEqual(
      lan.features.map((f) => polygonsOf(f).length),
    );
  });

  it('a broken asset is refused, not drawn blank', () => {
    expect(() => regionCollection({ type: 'FeatureCollection', features: [{ properties: {} }] })).toThrow();
    expect(() => regionCollection([])).toThrow();
  });
});
