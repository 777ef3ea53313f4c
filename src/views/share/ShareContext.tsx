import { createContext, type ReactNode, useContext } from 'react';

/** The Embed dialog's snippets for one state. */
export interface EmbedSnippets {
  /** `<iframe src="…/embed.html#…">`: the exact state, token for token. */
  iframe: string;
  /** `<script type="module" src="…/tokenscope.js">` and a `<token-scope>` element. */
  webComponent: string;
  /** Why the web component shows less than the iframe, or null when it shows the same. */
  webComponentNote: string | null;
}

/** What the share controls need from the page: links, snippets and session files. */
export interface ShareApi {
  /** The address that reopens the current state. */
  pageUrl(): string;
  /** The iframe and web-component snippets for the current state (their code loads on first use). */
  snippets(): Promise<EmbedSnippets>;
  /** The whole session as the text of a JSON file. */
  sessionFile(): string;
  /** Loads a session file's text: null once loaded, or why not (then nothing changed). */
  loadSession(text: string): Promise<string | null>;
}

const ShareContext = createContext<ShareApi | null>(null);

/** Provides the page's share functions to the share controls below it. */
export function ShareProvider({ api, children }: { api: ShareApi; children: ReactNode }) {
  return <ShareContext.Provider value={api}>{children}</ShareContext.Provider>;
}

/** The page's share functions; null where the page offers none (share controls then hide). */
export function useShare(): ShareApi | null {
  return useContext(ShareContext);
}
