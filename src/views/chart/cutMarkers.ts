import type { FilterCuts } from '../../sampling/filterCuts';

/** A vertical line where a filter cuts the ranked distribution. */
export interface CutMarker {
  readonly label: string;
  /** The rank position just past the last outcome the filter keeps. */
  readonly rankEnd: number;
}

/** The markers of the filters that are on, labelled like "top-k 40", "top-p 0.9", "min-p 0.05". */
export function cutMarkers(
  cuts: FilterCuts,
  filters: { readonly topK: number; readonly topP: number; readonly minP: number },
): CutMarker[] {
  const markers: CutMarker[] = [];
  if (filters.topK > 0)
    markers.push({ label: `top-k ${filters.topK}`, rankEnd: cuts.topK.rankEnd });
  if (filters.topP < 1)
    markers.push({ label: `top-p ${filters.topP}`, rankEnd: cuts.topP.rankEnd });
  if (filters.minP > 0)
    markers.push({ label: `min-p ${filters.minP}`, rankEnd: cuts.minP.rankEnd });
  return markers;
}
