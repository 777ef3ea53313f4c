import { en } from '../i18n/en';
import type { Messages } from '../i18n/Messages';
import { ALL_CONTROLS, formatControls } from '../views/controls/controlNames';
import type { EmbedSnippets } from '../views/share/ShareContext';
import { encodeState } from './permalink';
import type { LinkState } from './permalinkState';

const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
/** Escapes text for a double-quoted HTML attribute value. */
const escapeAttribute = (text: string) => text.replace(/[&"<>]/g, (c) => ENTITIES[c]);

/** The most steps `<token-scope steps="…">` generates on load. */
const WEB_COMPONENT_STEPS = 200;

/**
 * The iframe and web-component snippets for a state, with URLs under `base` (the folder of the
 * built site) and every attribute value escaped. `<token-scope>` takes a prompt, a temperature, a
 * seed and a number of steps to sample; a session it cannot replay that way (hand-chosen tokens, a
 * temperature change, filters) is given as its current text, `text`, with no steps. Both carry the
 * state's language; the note on what the web component leaves out is written in `m`'s.
 */
export function embedSnippets(
  state: LinkState,
  text: string,
  base: string,
  m: Messages = en,
): EmbedSnippets {
  const embedUrl = new URL('embed.html', base).href + encodeState(state);
  const iframe =
    `<iframe src="${escapeAttribute(embedUrl)}" title="Tokenscope: next-token distribution"` +
    ` width="100%" height="640" loading="lazy"></iframe>`;

  const replayable =
    state.steps.every((s) => s.how !== 'chosen' && s.temperature === state.temperature) &&
    state.steps.length <= WEB_COMPONENT_STEPS;
  const filtered = state.topK !== 0 || state.topP !== 1 || state.minP !== 0 || !state.maskUnk;
  const attributes: [string, string | number | null][] = [
    ['model', state.modelId],
    ['prompt', replayable ? state.prompt : text],
    ['temperature', state.temperature],
    // The same stream: the sampler uses the seed modulo 2^32, and the element takes 0 to 2^32 − 1.
    ['seed', state.seed >>> 0],
    ['steps', replayable && state.steps.length > 0 ? state.steps.length : null],
    ['controls', state.controls.size < ALL_CONTROLS.size ? formatControls(state.controls) : null],
    ['lang', state.lang && state.lang !== 'en' ? state.lang : null],
  ];
  const written = attributes
    .filter((a): a is [string, string | number] => a[1] !== null)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
  const webComponent =
    `<script type="module" src="${escapeAttribute(new URL('tokenscope.js', base).href)}"></script>\n` +
    `<token-scope${written}></token-scope>`;

  const notes = [replayable ? '' : m.embedNoteFromText, filtered ? m.embedNoteFilters : ''].filter(
    Boolean,
  );
  const webComponentNote = notes.length > 0 ? m.embedNote(notes) : null;
  return { iframe, webComponent, webComponentNote };
}
