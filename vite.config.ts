import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { serviceWorker } from './scripts/serviceWorkerPlugin.ts';

/** The two pages' entry modules, which stay chunks of their own. */
const ENTRY_MODULES = /(\.html|src[\\/]app[\\/]main\.tsx|src[\\/]embed[\\/]embedPage\.tsx)$/;

export default defineConfig({
  // Relative URLs, so the built site works from any host and sub-path.
  base: './',
  // serviceWorker(): sw.js, so the site works offline after the first visit (build only).
  plugins: [react(), serviceWorker()],
  // Two pages: the app, and embed.html (the compact explorer for iframes).
  build: {
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
      },
      // What both pages load at start is one chunk (besides their entries and rolldown's runtime):
      // rolldown would otherwise split off each module a lazy chunk shares with it, and the same
      // code in many small chunks gzips larger and takes more requests.
      output: {
        codeSplitting: {
          groups: [{ name: 'app', tags: ['$initial'], test: (id) => !ENTRY_MODULES.test(id) }],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
