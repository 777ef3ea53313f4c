/**
 * Every stylesheet of the embed as one string. The embed build (vite.embed.config.ts) puts the
 * bundled CSS here in place of this marker; unbuilt (in tests) it stays a harmless marker.
 */
export const EMBED_CSS = '__TOKENSCOPE_EMBED_CSS__';

let shared: CSSStyleSheet | null = null;

/**
 * Gives a shadow root the embed's styles as a constructed stylesheet (one for all embeds),
 * which a Content-Security-Policy without 'unsafe-inline' allows; browsers without
 * constructable stylesheets get a `<style>` element instead.
 */
export function adoptEmbedStyles(shadow: ShadowRoot): void {
  if ('adoptedStyleSheets' in shadow && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(EMBED_CSS);
    }
    if (!shadow.adoptedStyleSheets.includes(shared)) {
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, shared];
    }
    return;
  }
  const style = document.createElement('style');
  style.textContent = EMBED_CSS;
  shadow.append(style);
}
