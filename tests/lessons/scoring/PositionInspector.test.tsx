// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PositionInspector } from '../../../src/lessons/scoring/PositionInspector';
import { scoreText } from '../../../src/lessons/scoring/scoreText';
import { distribution } from '../../../src/model/distribution';
import { formatProbability } from '../../../src/views/format/formatProbability';
import { SCORING_MODELS } from './scoringModels';

afterEach(cleanup);

const model = SCORING_MODELS['kn trigram'];

describe('PositionInspector', () => {
  it('ends its table with the other outcomes and the share they hold together', () => {
    const token = scoreText(model, 'the cat sat on the mat .').tokens[4];
    render(<PositionInspector model={model} token={token} />);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    // The target is among the top 10 here, so the table lists exactly the 10 most likely.
    expect(rows).toHaveLength(11);
    const probs = distribution(model, token.segmentIds.subarray(0, token.index));
    const topMass = [...probs]
      .sort((a, b) => b - a)
      .slice(0, 10)
      .reduce((sum, p) => sum + p, 0);
    const last = Array.from(rows[rows.length - 1].children, (cell) => cell.textContent);
    expect(last).toEqual([
      '…',
      `the other ${probs.length - 10} outcomes`,
      formatProbability(1 - topMass),
      '0 %',
    ]);
  });
});
