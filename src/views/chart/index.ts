export { CumulativeChart, type CumulativeChartProps } from './CumulativeChart';
export { DistributionChart, type DistributionChartProps } from './DistributionChart';
