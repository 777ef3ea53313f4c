/** A city with its region, country code and a rough centre, for addresses and GeoJSON. */
export interface City {
  /** City name. */
  city: string;
  /** State, province or region. */
  region: string;
  /** ISO 3166 alpha-2 country code. */
  country: string;
  /** Latitude of the centre in degrees. */
  lat: number;
  /** Longitude of the centre in degrees. */
  lon: number;
}

/** Cities used for generated addresses and map features. */
export const CITIES: readonly City[] = [
  { city: 'Portland', region: 'OR', country: 'US', lat: 45.52, lon: -122.68 },
  { city: 'Austin', region: 'TX', country: 'US', lat: 30.27, lon: -97.74 },
  { city: 'Denver', region: 'CO', country: 'US', lat: 39.74, lon: -104.99 },
  { city: 'Boston', region: 'MA', country: 'US', lat: 42.36, lon: -71.06 },
  { city: 'Chicago', region: 'IL', country: 'US', lat: 41.88, lon: -87.63 },
  { city: 'Toronto', region: 'ON', country: 'CA', lat: 43.65, lon: -79.38 },
  { city: 'Lisbon', region: 'Lisboa', country: 'PT', lat: 38.72, lon: -9.14 },
  { city: 'Berlin', region: 'Berlin', country: 'DE', lat: 52.52, lon: 13.4 },
  { city: 'Lyon', region: 'Auvergne-Rhône-Alpes', country: 'FR', lat: 45.76, lon: 4.84 },
  { city: 'Osaka', region: 'Osaka', country: 'JP', lat: 34.69, lon: 135.5 },
  { city: 'Melbourne', region: 'VIC', country: 'AU', lat: -37.81, lon: 144.96 },
  { city: 'Nairobi', region: 'Nairobi', country: 'KE', lat: -1.29, lon: 36.82 },
];
