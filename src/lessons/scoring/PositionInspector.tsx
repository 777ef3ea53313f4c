import { useMemo } from 'react';
import { distribution } from '../../model/distribution';
import { rankByProbability } from '../../model/rankByProbability';
import type { NgramModel } from '../../model/types';
import { entropyBits } from '../../sampling/entropyBits';
import { formatProbability } from '../../views/format/formatProbability';
import { showToken } from '../../views/format/showToken';
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
        Target {tokenName(token)}: rank {token.rank}, probability{' '}
        {formatProbability(token.probability)}.{' '}
        <strong className="ts-scoring-loss">
          Loss −log₂ p(target) = {Number.isFinite(bits) ? bits.toFixed(2) : '∞'} bits
        </strong>
        ; the prediction's entropy is {entropy.toFixed(2)} bits.
      </p>
      <table className="ts-scoring-bars">
        <caption>Predicted distribution (top {TOP_OUTCOMES}) and the one-hot target</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Outcome</th>
            <th scope="col">Predicted</th>
            <th scope="col">Target (one-hot)</th>
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
                  {isTarget && ' ← actual'}
                </td>
                <td>
                  <span className="ts-scoring-bar" style={{ width: `${row.p * 8}rem` }} />
                  {formatProbability(row.p)}
                </td>
                <td>
                  <span
                    className="ts-scoring-bar ts-scoring-bar--target"
                    style={{ width: isTarget ? '8rem' : '0' }}
                  />
                  {isTarget ? '100 %' : '0 %'}
                </td>
              </tr>
            );
          })}
          {others.count > 0 && (
            <tr>
              <td>…</td>
              <td>the other {others.count} outcomes</td>
              <td>
                <span className="ts-scoring-bar" style={{ width: `${others.share * 8}rem` }} />
                {formatProbability(others.share)}
              </td>
              <td>0 %</td>
            </tr>
          )}
        </tbody>
      </table>
      <p className="ts-scoring-explain">
        Training sees only this one-hot target: the actual next token at 100 %, everything else at 0
        %. Yet no single target is the best prediction. Over every place this context occurs, the
        loss is lowest when the prediction spreads its bets in proportion to what really follows, so
        the model hedges instead of betting everything on one token.
      </p>
    </div>
  );
}
