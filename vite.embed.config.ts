import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** The marker in src/embed/embedStyles.ts that the bundled CSS replaces. */
const CSS_MARKER = /(["'`])__TOKENSCOPE_EMBED_CSS__\1/;

/**
 * Moves the bundled CSS into the script as a string (for the shadow roots' constructed
 * stylesheet), so the embed is one file and a strict Content-Security-Policy needs no
 * 'unsafe-inline'.
 */
function inlineCssIntoScript(): Plugin {
  return {
    name: 'tokenscope-inline-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const sheets = Object.values(bundle).filter(
        (file) => file.type === 'asset' && file.fileName.endsWith('.css'),
      );
      const css = sheets
        .map((file) => (file.type === 'asset' ? String(file.source) : ''))
        .join('\n');
      for (const file of sheets) delete bundle[file.fileName];
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.isEntry) continue;
        if (!CSS_MARKER.test(file.code))
          throw new Error(`${file.fileName}: no CSS marker to replace`);
        file.code = file.code.replace(CSS_MARKER, () => JSON.stringify(css));
      }
    },
  };
}

/**
 * The embed script, built after the app into the same folder (npm run build): tokenscope.js
 * (ES module) and tokenscope.iife.js (classic script, global `Tokenscope`), each one file with
 * its CSS inside. They find models/ beside themselves.
 */
export default defineConfig({
  base: './',
  plugins: [react(), inlineCssIntoScript()],
  publicDir: false,
  // Export's writers bundled in: the app fetches them on first use (loadExportWriters.ts), but a
  // dynamic import here made rolldown wrap the IIFE's modules (405 -> 449 KB).
  resolve: {
    alias: [{ find: /^\.\/loadExportWriters$/, replacement: './loadExportWritersStatic' }],
  },
  // Library mode leaves process.env alone; set it as the app build does ("production", or
  // "test" under vitest, where the JSX transform is the development one too).
  define: { 'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV || 'production') },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    minify: true,
    rolldownOptions: {
      // The IIFE finds its folder through document.currentScript; its empty import.meta is expected.
      checks: { emptyImportMeta: false },
      // A finished script, not a library to bundle again: minify the ES module's whitespace too.
      output: { minify: true },
    },
    lib: {
      entry: fileURLToPath(new URL('./src/embed/index.ts', import.meta.url)),
      name: 'Tokenscope',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'tokenscope.js' : 'tokenscope.iife.js'),
    },
  },
});
