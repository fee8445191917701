/**
 * The boundaries the maps draw (SCB Digitala gränser, CC0; src/assets/geo) as plain GeoJSON, and the
 * one projection both the maps and the tests use. Pure: the adapter (src/components/echarts-map.ts)
 * registers the result with ECharts.
 */

export type Position = readonly [number, number];
type Ring = readonly Position[];

export interface RegionFeature {
  readonly type: 'Feature';
  readonly properties: { readonly code: string; readonly name: string };
  readonly geometry:
    | { readonly type: 'Polygon'; readonly coordinates: readonly Ring[] }
    | { readonly type: 'MultiPolygon'; readonly coordinates: readonly (readonly Ring[])[] };
}

export interface RegionCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly RegionFeature[];
}

/** Every polygon of a feature, each as its rings (outer first). */
export function polygonsOf(feature: RegionFeature): readonly (readonly Ring[])[] {
  return feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
}

/** The bounding box [minX, minY, maxX, maxY] of a collection. */
export function bounds(collection: RegionCollection): readonly [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of collection.features)
    for (const polygon of polygonsOf(feature))
      for (const [x, y] of polygon[0] ?? []) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
  return [minX, minY, maxX, maxY];
}

/**
 * Longitude and latitude as a flat map of the area: longitudes shrink by the cosine of the area's
 * middle latitude, so Sweden at 55–69° N keeps its shape (ECharts draws GeoJSON coordinates as they
 * are, with a fixed aspect). Each map is projected about its own middle: a county keeps its shape too.
 */
export function project(collection: RegionCollection): RegionCollection {
  const [, minY, , maxY] = bounds(collection);
  const factor = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const ring = (r: Ring): Ring => r.map(([x, y]) => [x * factor, y] as const);
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({
      ...f,
      geometry:
        f.geometry.type === 'Polygon'
          ? { type: 'Polygon', coordinates: f.geometry.coordinates.map(ring) }
          : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map((p) => p.map(ring)) },
    })),
  };
}

/** The kommuner of one county: the first two digits of a kommun code are its county's code. */
export function kommunerOf(kommuner: RegionCollection, countyCode: string): RegionCollection {
  return {
    type: 'FeatureCollection',
    features: kommuner.features.filter((f) => f.properties.code.slice(0, 2) === countyCode),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The boundaries as shipped, checked: a FeatureCollection whose features carry a string code and name
 * and a Polygon or MultiPolygon. Throws on anything else (a broken asset is a build error, not a blank map).
 */
export function regionCollection(json: unknown): RegionCollection {
  if (!isRecord(json) || json['type'] !== 'FeatureCollection' || !Array.isArray(json['features']))
    throw new Error('Boundaries: not a GeoJSON FeatureCollection');
  for (const feature of json['features'] as unknown[]) {
    const properties = isRecord(feature) ? feature['properties'] : undefined;
    const geometry = isRecord(feature) ? feature['geometry'] : undefined;
    if (
      !isRecord(properties) ||
      typeof properties['code'] !== 'string' ||
      typeof properties['name'] !== 'string' ||
      !isRecord(geometry) ||
      (geometry['type'] !== 'Polygon' && geometry['type'] !== 'MultiPolygon') ||
      !Array.isArray(geometry['coordinates'])
    )
      throw new Error('Boundaries: a feature without code, name or polygon');
  }
  return json as unknown as RegionCollection;
}
