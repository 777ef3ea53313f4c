/** Slider positions: 0..200 cover T = 0..1 finely, 200..300 cover T = 1..3. */
export const TEMPERATURE_POSITIONS = 300;

/** The temperature at a slider position, rounded to 0.005 below 1 and 0.02 above. */
export function temperatureAt(position: number): number {
  const p = Math.min(Math.max(position, 0), TEMPERATURE_POSITIONS);
  const t = p <= 200 ? p / 200 : 1 + (p - 200) / 50;
  return Math.round(t * 1000) / 1000;
}

/** The slider position nearest to a temperature (the inverse of temperatureAt). */
export function positionOf(temperature: number): number {
  const t = Math.min(Math.max(temperature, 0), 3);
  return Math.round(t <= 1 ? t * 200 : 200 + (t - 1) * 50);
}
