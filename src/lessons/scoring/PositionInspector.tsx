import { useMemo } from 'react';
import { useLocale, useMessages } from '../../i18n/LocaleContext';
import { distribution } from '../../model/distribution';
import { rankByProbability } from '../../model/rankByProbability';
import type { NgramModel } from '../../model/types';
import { entropyBits } from '../../sampling/entropyBits';
import { formatProbability } from '../../views/format/formatProbability';
import { showToken } from '../../views/format/showToken';
import { useLessonMessages } from '../messages/useLessonMessages';
import type { ScoredToken } from './scoreText';
import { tokenName } from './tokenLabel';

/** Outcomes listed by the inspector, most likely first. */
const TOP_OUTCOMES = 10;

/** Props of the inspector of one position. */
export interface PositionInspectorProps {
  model: NgramModel;
  token: ScoredToken;
}

/** The prediction at one position as bars beside the one-hot target, with the loss marked. */
export function PositionInspector({ model, token }: PositionInspectorProps) {
  const m = useMessages();
  const lm = useLessonMessages();
  const locale = useLocale();
  const { rows, entropy, others } = useMemo(() => {
    const history = token.segmentIds.subarray(0, token.index);
    const probs = distribution(model, history);
    const order = rankByProbability(model, history, probs);
    const ids = Array.from(order.subarray(0, TOP_OUTCOMES));
    if (!ids.includes(token.id)) ids.push(token.id);
    const special = model.vocab.length - 2;
    const list = ids.map((id) => ({
      id,
      name: showToken(model.vocab[id], id >= special),
      p: probs[id],
      rank: order.indexOf(id) + 1,
    }));
    const listed = list.reduce((sum, row) => sum + row.p, 0);
    const rest = { count: probs.length - list.length, share: Math.max(0, 1 - listed) };
    return { rows: list, entropy: entropyBits(probs), others: rest };
  }, [model, token]);
  const bits = token.surprisalBits;
  return (
    <div className="ts-scoring-inspector">
      <p>
        {lm.inspectorTarget(
          tokenName(token, lm),
          token.rank,
          formatProbability(token.probability, locale),
        )}{' '}
        <strong className="ts-scoring-loss">
          {lm.inspectorLoss(Number.isFinite(bits) ? m.fixed(bits, 2) : '∞')}
        </strong>
        {lm.inspectorEntropy(m.fixed(entropy, 2))}
      </p>
      <table className="ts-scoring-bars">
        <caption>{lm.inspectorCaption(TOP_OUTCOMES)}</caption>
        <thead>
          <tr>
            <th scope="col">{m.rank}</th>
            <th scope="col">{lm.outcome}</th>
            <th scope="col">{lm.predicted}</th>
            <th scope="col">{lm.targetOneHot}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const isTarget = row.id === token.id;
            return (
              <tr key={row.id} className={isTarget ? 'ts-scoring-target' : undefined}>
                <td>{row.rank}</td>
                <td>
                  {row.name}
                  {isTarget && lm.actualMarker}
                </td>
                <td>
                  <span
                    className="ts-scoring-bar"
                    style={{ width: `calc(${row.p} * var(--ts-scoring-bar-full))` }}
                  />
                  {formatProbability(row.p, locale)}
                </td>
                <td>
                  <span
                    className="ts-scoring-bar ts-scoring-bar--target"
                    style={{ width: isTarget ? 'var(--ts-scoring-bar-full)' : '0' }}
                  />
                  {isTarget ? '100 %' : '0 %'}
                </td>
              </tr>
            );
          })}
          {others.count > 0 && (
            <tr>
              <td>…</td>
              <td>{lm.inspectorOthers(others.count)}</td>
              <td>
                <span
                  className="ts-scoring-bar"
                  style={{ width: `calc(${others.share} * var(--ts-scoring-bar-full))` }}
                />
                {formatProbability(others.share, locale)}
              </td>
              <td>0 %</td>
            </tr>
          )}
        </tbody>
      </table>
      <p className="ts-scoring-explain">{lm.inspectorExplain}</p>
    </div>
  );
}
