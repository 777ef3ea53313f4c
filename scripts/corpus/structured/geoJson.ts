import { CITIES, type City } from './places';
import type { Random } from './random';
import { PLACE_KINDS, STREETS } from './words';

/** Words that describe a place. */
const PLACE_ADJECTIVES = ['quiet', 'busy', 'small', 'historic', 'popular', 'new', 'large'];

/** A longitude/latitude pair near the city centre, rounded to six decimals. */
function near(r: Random, city: City, spreadDeg: number): [number, number] {
  const round = (value: number): number => Math.round(value * 1e6) / 1e6;
  return [
    round(city.lon + (r.next() - 0.5) * spreadDeg),
    round(city.lat + (r.next() - 0.5) * spreadDeg),
  ];
}

/** A Point, LineString or Polygon geometry near the city. */
function geometry(r: Random, city: City): Record<string, unknown> {
  const kind = r.pick(['Point', 'Point', 'LineString', 'Polygon']);
  if (kind === 'Point') return { type: kind, coordinates: near(r, city, 0.2) };
  const start = near(r, city, 0.2);
  const path: [number, number][] = [start];
  const length = r.int(3, 5);
  for (let i = 1; i < length; i++) {
    const [lon, lat] = path[i - 1];
    path.push(near(r, { ...city, lon, lat }, 0.01));
  }
  if (kind === 'LineString') return { type: kind, coordinates: path };
  return { type: kind, coordinates: [[...path, start]] };
}

/** A GeoJSON FeatureCollection of places in one city. */
export function geoJson(r: Random): unknown {
  const city = r.pick(CITIES);
  const features = Array.from({ length: r.int(1, 4) }, (_, i) => {
    const kind = r.pick(PLACE_KINDS);
    const name = `${r.pick(STREETS)} ${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
    const properties: Record<string, unknown> = { id: i + 1, name, kind, city: city.city };
    if (r.chance(0.5)) properties.rating = Math.round(r.next() * 40 + 10) / 10;
    if (r.chance(0.4)) properties.opened = r.int(1890, 2024);
    if (r.chance(0.3))
      properties.description = `A ${r.pick(PLACE_ADJECTIVES)} ${kind} in ${city.city}.`;
    return { type: 'Feature', id: i + 1, geometry: geometry(r, city), properties };
  });
  return { type: 'FeatureCollection', name: `${city.city.toLowerCase()}-places`, features };
}
