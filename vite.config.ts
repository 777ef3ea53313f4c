import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { serviceWorker } from './scripts/serviceWorkerPlugin.ts';

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
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
