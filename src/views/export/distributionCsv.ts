import { csvCell } from './csvCell';
import type { DistributionRow } from './distributionRows';

/** The distribution as CSV: `rank,token,probability,logit`, one row per vocabulary outcome. */
export function distributionCsv(rows: readonly DistributionRow[]): string {
  const lines = ['rank,token,probability,logit'];
  for (const r of rows) {
    lines.push([r.rank, csvCell(r.token), r.probability, r.logit].map(String).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
