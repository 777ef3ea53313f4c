import type { Locale } from '../../i18n/locales';

/** Significant-digit formats per language, made once (Intl formatters are costly to build). */
const formats = new Map<string, Intl.NumberFormat>();
function format(locale: Locale, options: Intl.NumberFormatOptions, key: string): Intl.NumberFormat {
  const id = `${locale}:${key}`;
  let made = formats.get(id);
  if (!made) {
    made = new Intl.NumberFormat(locale, { ...options, useGrouping: false });
    formats.set(id, made);
  }
  return made;
}

/**
 * A probability as a percentage with enough digits to tell small values apart ("0.0012 %"),
 * written the way `locale` writes numbers ("0,0012 %" in German); English by default.
 */
export function formatProbability(p: number, locale: Locale = 'en'): string {
  if (p === 0) return '0 %';
  if (p === 1) return '100 %';
  const percent = p * 100;
  if (locale === 'en') {
    if (percent >= 10) return `${percent.toFixed(1)} %`;
    if (percent >= 0.01) return `${percent.toPrecision(2)} %`;
    if (percent >= 1e-6) return `${Number(percent.toPrecision(2))} %`;
    return '< 0.000001 %';
  }
  if (percent >= 10) {
    return `${format(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }, 'f1').format(percent)} %`;
  }
  if (percent >= 0.01) {
    const twoDigits = { minimumSignificantDigits: 2, maximumSignificantDigits: 2 };
    return `${format(locale, twoDigits, 'p2').format(percent)} %`;
  }
  if (percent >= 1e-6) {
    const upToTwo = { maximumSignificantDigits: 2, maximumFractionDigits: 20 };
    return `${format(locale, upToTwo, 'g2').format(Number(percent.toPrecision(2)))} %`;
  }
  return `< ${format(locale, { maximumFractionDigits: 6 }, 'min').format(0.000001)} %`;
}
