/**
 * Export's file writers, fetched on first use: the page's first download does not carry them.
 * The embed script's build maps this module to loadExportWritersStatic.ts (vite.embed.config.ts):
 * one file, with no chunk to fetch.
 */
export const loadExportWriters = () => import('./exportWriters');
