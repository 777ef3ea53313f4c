import { useCallback, useMemo, useRef, useState } from 'react';
import { useLocale, useMessages } from '../../i18n/LocaleContext';

import { useExplorer, useExplorerStore } from '../ExplorerContext';
import { ProbabilityLegend } from './ProbabilityLegend';
import { promptContextSplit } from './promptContextSplit';
import { SHOWN_BLOCK, shownFrom } from './shownFrom';
import { TokenBlock } from './TokenBlock';
import './GeneratedText.css';

/** The first index of each block of SHOWN_BLOCK tokens from `first` (a multiple of it) on. */
function blockStarts(first: number, count: number): number[] {
  const starts = [];
  for (let from = first; from < count; from += SHOWN_BLOCK) starts.push(from);
  return starts;
}

/**
 * The prompt and every generated token as running text. Each token is a button shaded and
 * underlined by the probability it had when chosen; hover or focus shows what else it could
 * have been, and activating it rewinds to just before it (Redo brings the rest back). In a long
 * session only the latest 51–100 tokens are drawn until the person asks for all of them.
 */
export function GeneratedText() {
  const store = useExplorerStore();
  const m = useMessages();
  const locale = useLocale();
  const prompt = useExplorer((s) => s.prompt);
  const steps = useExplorer((s) => s.steps);
  const vocab = useExplorer((s) => s.model.vocab);
  const spacedTokens = useExplorer((s) => s.model.settings.tokenizer === 'whitespace');
  const model = useExplorer((s) => s.model);
  const contextLength = useExplorer((s) =>
    Math.min(s.model.settings.order - 1, s.contextIds.length),
  );
  const [openIndex, setOpenIndex] = useState<number | null>(null);
  // One tab stop for the whole text (the last focused token, else the newest); arrows move.
  const [tabStop, setTabStop] = useState<number | null>(null);
  const [showAll, setShowAll] = useState(false);
  const folded = shownFrom(steps.length);
  const first = showAll ? 0 : folded;
  const logRef = useRef<HTMLElement>(null);

  const focusStep = useCallback((index: number) => {
    const token = logRef.current?.querySelector<HTMLElement>(`[data-step="${index}"]`);
    (token ?? logRef.current)?.focus();
  }, []);
  const onOpen = useCallback((index: number) => setOpenIndex(index), []);
  const onFocusToken = useCallback((index: number) => {
    setOpenIndex(index);
    setTabStop(index);
  }, []);
  const onClose = useCallback(
    (index: number) => setOpenIndex((open) => (open === index ? null : open)),
    [],
  );
  const onActivate = useCallback(
    (index: number) => {
      setOpenIndex(null);
      store.getState().rewindTo(index);
      // The activated token is gone: keep focus in the text, on the token before it.
      focusStep(index - 1);
    },
    [store, focusStep],
  );
  const onNavigate = useCallback(
    (index: number, key: string) => {
      const last = store.getState().steps.length - 1;
      const moves: Record<string, number> = {
        ArrowLeft: index - 1,
        ArrowRight: index + 1,
        Home: 0,
        End: last,
      };
      const target = moves[key];
      if (target === undefined) return false;
      focusStep(Math.min(Math.max(target, first), last));
      return true;
    },
    [store, focusStep, first],
  );

  const unkId = vocab.length - 2;
  const eosId = vocab.length - 1;
  const tabbable = tabStop !== null && tabStop < steps.length ? tabStop : steps.length - 1;
  const promptIsOpen = prompt === '' || /\s$/u.test(prompt);
  // The model sees the last n − 1 tokens of the segment: generated ones since the last <eos>, then the prompt's.
  let sinceEos = 0;
  while (sinceEos < steps.length && steps[steps.length - 1 - sinceEos].id !== eosId) sinceEos++;
  const generatedInContext = Math.min(contextLength, sinceEos);
  const promptInContext = sinceEos === steps.length ? contextLength - generatedInContext : 0;
  const [promptBefore, promptContext] = useMemo(
    () => promptContextSplit(model, prompt, promptInContext),
    [model, prompt, promptInContext],
  );
  return (
    <div className="ts-generated">
      <section
        role="log"
        aria-label={m.generatedText}
        className="ts-generated-text"
        ref={logRef}
        tabIndex={-1}
      >
        {prompt !== '' && (
          <span className="ts-prompt">
            {promptBefore}
            {promptContext !== '' && <mark className="ts-in-context">{promptContext}</mark>}
          </span>
        )}
        {folded > 0 && (
          <button type="button" className="ts-fold" onClick={() => setShowAll(!showAll)}>
            {(showAll ? m.foldEarlier : m.showEarlier)(folded.toLocaleString(locale))}
          </button>
        )}
        {blockStarts(first, steps.length).map((from) => {
          const to = Math.min(from + SHOWN_BLOCK, steps.length);
          const inBlock = (index: number | null) =>
            index !== null && index >= from && index < to ? index : null;
          return (
            <TokenBlock
              key={from}
              steps={steps}
              from={from}
              to={to}
              vocab={vocab}
              unkId={unkId}
              eosId={eosId}
              spacedTokens={spacedTokens}
              promptIsOpen={promptIsOpen}
              openIndex={inBlock(openIndex)}
              tabbable={inBlock(tabbable)}
              contextFrom={Math.min(Math.max(steps.length - generatedInContext, from), to)}
              onOpen={onOpen}
              onFocus={onFocusToken}
              onClose={onClose}
              onActivate={onActivate}
              onNavigate={onNavigate}
            />
          );
        })}
      </section>
      <p className="ts-generated-hint">{steps.length === 0 ? m.noTokensYet : m.textHint}</p>
      <ProbabilityLegend />
    </div>
  );
}
