/**
 * The folder the embed script was loaded from, so the models beside it are found wherever the
 * built folder is copied. A classic script (the IIFE build) knows itself as
 * `document.currentScript` while it first runs; a module (the ESM build) by `import.meta.url`.
 * Read once, when this module is evaluated.
 */
function findScriptBase(): string {
  const script = typeof document === 'undefined' ? null : document.currentScript;
  if (script instanceof HTMLScriptElement && script.src) return new URL('./', script.src).href;
  // Through a variable: Vite would take `new URL('./', import.meta.url)` for an asset to bundle.
  const moduleUrl: string | undefined = import.meta.url;
  if (moduleUrl) return new URL('./', moduleUrl).href;
  return typeof document === 'undefined' ? '' : document.baseURI;
}

/** The URL of the folder holding the embed script (and its models/ folder). */
export const SCRIPT_BASE = findScriptBase();
