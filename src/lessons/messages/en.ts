/**
 * The English messages of the lessons (the Loop lab, the Scoring, Entropy and Many-samples
 * lessons, and the kinds of text they name): kept apart from src/i18n/en.ts so they load with the
 * lesson chunk, not at start. Messages the explorer or the gallery also shows stay in en.ts.
 * German (de.ts beside this file) must have exactly these keys, with the same parameters.
 */
export const en = {
  // The Loop lab
  loopIntro:
    'Greedy decoding always picks the most likely next token. An n-gram model only looks at its last few tokens, so once those come back, greedy decoding repeats itself forever. Sampling draws the next token instead, and can escape.',
  greedyLane: 'Greedy lane',
  greedyLaneTitle: 'Greedy (T = 0)',
  sampledLane: 'Sampled lane',
  sampledLaneTitle: 'Sampled',
  temperatureNow: (t: string) => `Temperature now: ${t}`,
  loopingSince: (step: number, period: number) => `Looping since step ${step}, period ${period}`,
  loopWhyGreedy: (width: number, state: string, step: number) =>
    `The model's state, ${width === 1 ? 'its last token' : `its last ${width} tokens`} “${state}”, was seen before at step ${step}, so greedy decoding can never leave the loop.`,
  loopWhySampled: (width: number, state: string, step: number, t: string) =>
    `The model's state, ${width === 1 ? 'its last token' : `its last ${width} tokens`} “${state}”, was seen before at step ${step}; at T = ${t} the next token is drawn, so sampling can still leave it.`,
  repeatedFourGrams: (share: string) => `Repeated 4-grams: ${share}`,
  distinctTwo: (ratio: string) => `Distinct-2: ${ratio}`,
  loopEmpty: ' (press Step or Play)',
  coolDown: 'Cool down from a hot start',
  startTemperature: 'Start temperature',
  coolingSteps: 'Cooling steps',

  // Kinds of text (the Scoring examples and the Entropy presets)
  kindProseThenJson: 'Prose, then JSON',
  kindProse: 'Prose',
  kindJson: 'JSON',
  kindCode: 'Code',
  kindNews: 'News',
  kindFiction: 'Fiction',
  kindDialogue: 'Dialogue',

  // The Scoring lesson
  scoringIntro:
    'Cross-entropy is the mean surprisal −log₂ p of each actual token: how many bits the model needs per token to encode the text. Paste any text to see where the model was sure, and where it was surprised.',
  example: 'Example',
  textToScore: 'Text to score',
  crossEntropy: 'Cross-entropy',
  pasteToScore: 'Paste some text to score it.',
  /** Follows "Cross-entropy", the bits (in bold) and a space. */
  scoreSummaryRest: (perplexity: string, events: number) =>
    `per token, perplexity ${perplexity}, over ${events} tokens (each segment's tokens and its end)`,
  rankLegendTitle: 'Rank of the actual token in the prediction (shade and underline):',
  rankLegendItem: (band: string, underline: string) => `${band} (${underline} underline)`,
  rankBandTop: 'rank 1 (the top guess)',
  rankBandFive: 'rank 2–5',
  rankBandFifty: 'rank 6–50',
  rankBandFiveHundred: 'rank 51–500',
  rankBandBeyond: 'beyond rank 500',
  underlineThickSolid: 'thick solid',
  underlineThinSolid: 'thin solid',
  underlineDashed: 'dashed',
  underlineDotted: 'dotted',
  underlineWavy: 'wavy',
  segmentEndScored: "¶ marks a segment's end, which is scored too",
  scoredText: 'Scored text',
  endOfSegment: 'end of segment',
  unknownScoredAsUnk: (shown: string) => `${shown} (unknown, scored as <unk>)`,
  scoredTokenLabel: (name: string, p: string, bits: string, rank: number) =>
    `${name}: probability ${p}, surprisal ${bits} bits, rank ${rank}`,
  atThisPosition: 'At this position',
  focusAToken: 'Focus or click a token to see what the model predicted there.',
  inspectorTarget: (name: string, rank: number, p: string) =>
    `Target ${name}: rank ${rank}, probability ${p}.`,
  inspectorLoss: (bits: string) => `Loss −log₂ p(target) = ${bits} bits`,
  inspectorEntropy: (bits: string) => `; the prediction's entropy is ${bits} bits.`,
  inspectorCaption: (top: number) => `Predicted distribution (top ${top}) and the one-hot target`,
  outcome: 'Outcome',
  predicted: 'Predicted',
  targetOneHot: 'Target (one-hot)',
  actualMarker: ' ← actual',
  inspectorOthers: (count: number) => `the other ${count} outcomes`,
  inspectorExplain:
    'Training sees only this one-hot target: the actual next token at 100 %, everything else at 0 %. Yet no single target is the best prediction. Over every place this context occurs, the loss is lowest when the prediction spreads its bets in proportion to what really follows, so the model hedges instead of betting everything on one token.',
  everyToken: 'Every token',
  position: 'Position',
  predictionEntropyColumn: 'Entropy of the prediction (bits)',
  lossVersusTemperature: 'Loss versus temperature',
  lossInfinite:
    'The model gives some token of this text probability 0, so the loss is infinite at every temperature.',
  lossLowest: (t: string, bits: string) => `lowest at T = ${t}: ${bits} bits`,
  lossSummary: (
    events: number,
    lowest: string,
    atOne: string,
    firstT: string,
    firstBits: string,
    lastT: string,
    lastBits: string,
  ) =>
    `Mean loss over ${events} positions is ${lowest}; at T = 1 (the model as trained) ${atOne} bits; at T = ${firstT} ${firstBits} bits; at T = ${lastT} ${lastBits} bits.`,
  lossFirstOnly: (events: number) => `(Only the first ${events} positions are used.)`,
  lossExplain:
    'A confident wrong guess costs many bits, so a sharpened distribution (small T) loses where it is wrong more than it gains where it is right; a flattened one (large T) wastes probability on tokens that never come. The calibrated, hedged distribution scores best — which is why training on one-hot targets ends up near T = 1.',
  axisTemperature: 'temperature T',
  axisBitsPerToken: 'bits per token',
  numbersForLossCurve: 'Numbers for the loss curve',
  lossTableCaption: 'Mean loss at each temperature',
  temperatureT: 'Temperature T',
  lossBitsColumn: 'Loss (bits per token)',
  note: 'Note',
  lowest: 'lowest',
  modelAsTrained: 'the model as trained',

  // The Entropy lesson
  entropyIntro:
    'Before each token the model spreads its bet over the whole vocabulary. The entropy of that bet, in bits, says how unsure it is: about 0 when one token is certain, up to log₂ of the vocabulary size when every token is equally likely. Structured text such as JSON and code leaves little to guess; open prose leaves a lot.',
  entropyComparison: 'Mean entropy of each kind of text',
  entropyExtremes: (low: string, lowBits: string, high: string, highBits: string) =>
    `Most predictable: ${low} (${lowBits} bits on average). Least predictable: ${high} (${highBits} bits).`,
  whereSure: 'Where the model is sure',
  textToShade: 'Text to shade',
  yourText: 'Your text',
  yourTextPlaceholder: 'Paste any text: it is added to the comparison as “Your text”.',
  entropyChartNote:
    'Mean entropy and bits per token of each text, in bits; the numbers are in the table below.',
  legendMeanEntropy: 'Mean entropy (solid): how unsure the model is before each token, on average',
  legendBitsPerToken:
    'Bits per token (striped): −log₂ p of the token that actually came, on average',
  entropyTableCaption: 'Entropy by context, in numbers',
  textColumn: 'Text',
  predictions: 'Predictions',
  meanEntropyColumn: 'Mean entropy (bits)',
  bitsPerTokenColumn: 'Bits per token',
  shadingKey: 'Shading key',
  levelSure: 'under 1 bit: sure',
  levelOneToThree: '1–3 bits',
  levelThreeToSix: '3–6 bits',
  levelSixToNine: '6–9 bits',
  levelWideOpen: '9 bits or more: wide open',
  shadedByEntropy: (label: string) => `${label}, shaded by entropy`,
  tokenEntropyTitle: (bits: string, level: string, unknown: boolean) =>
    `${bits} bits before this token (${level})${unknown ? '; not in the vocabulary, read as <unk>' : ''}`,

  // The Many-samples lesson
  samplesIntro:
    "One sample is one path through the model's distributions. Draw a hundred and count how often each continuation comes back: at temperature 0 every draw takes the most likely token, so all hundred are the same; at temperature 1 they spread over many continuations.",
  /** Followed by a space, the command in code and a full stop. */
  samplesNote:
    "Continuation j (counting from 0) draws from its own random stream seeded with seed + j, so the same seed gives the same list, and continuation 0 matches the command line's",
  samplesResults: 'Samples',
  samplesDistinct: (distinct: number, total: number) => `${distinct} distinct of ${total}`,
  /** Follows the distinct count (in bold) and a space. */
  samplesSummary: (
    prompt: string,
    t: string,
    length: number,
    seed: number,
    top: number,
    total: number,
    share: string,
  ) =>
    `continuations of “${prompt}” (T = ${t}, ${length} token${length === 1 ? '' : 's'}, seed ${seed}). Most frequent: ${top} of ${total} (${share}).`,
  continuations: 'Continuations',
  firstToken: 'First token',
  firstTokens: 'First tokens',
  samplesEmpty: 'Press “Sample 100 continuations” to draw.',
  sampleHundred: 'Sample 100 continuations',
  length: 'Length',
  zeroIsGreedy: '0 is greedy',
  tokensUnit: 'tokens',
  seedPerSample: 'sample j uses seed + j',
  enterTemperatureToFive: 'Enter a temperature from 0 to 5.',
  enterLength: (max: number) => `Enter a whole number of tokens from 1 to ${max}.`,
  enterSeedToMillion: 'Enter a whole number from 0 to 1000000.',
};
