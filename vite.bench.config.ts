import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The benchmark page (bench/index.html), built apart from the app into dist-bench/. */
export default defineConfig({
  root: 'bench',
  base: './',
  publicDir: '../public',
  plugins: [react()],
  build: { outDir: '../dist-bench', emptyOutDir: true },
  // Cross-origin isolation un-coarsens performance.now() to 5 µs.
  preview: {
    headers: {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    },
  },
});
