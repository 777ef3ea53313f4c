/**
 * The English messages of the page: the source of truth for every user-visible string (labels,
 * accessible names, headings, captions, hints, notices, live announcements). A string with values
 * is a small function. German (de.ts) must have exactly these keys, with the same parameters.
 * Tokens and model text, export file contents, the CLI and developer console messages are not here.
 */
export const en = {
  // Numbers
  /** A number with `digits` decimals, as people read it in this language ("5.42"). */
  fixed: (n: number, digits: number) => n.toFixed(digits),

  // The page
  appTagline: 'The whole next-token distribution of a small language model, step by step.',
  loadingModel: 'Loading the model…',
  loadingLesson: 'Loading the lesson…',
  presenterMode: 'Presenter mode',
  presenterShortcut: 'Presenter mode on or off',
  language: 'Language',
  lessonsNav: 'Lessons',
  modelKept: (why: string) => `${why} The current model is kept.`,
  modelFallback: (reasons: string, name: string) =>
    `${reasons} Showing "${name}" instead; reload the page to try again.`,

  // The lesson gallery
  lessonExplore: 'Explore',
  lessonExploreShows:
    'A prediction is a distribution over the whole vocabulary: reshape it with temperature and step through generation.',
  lessonLoop: 'Loop lab',
  lessonLoopShows:
    'Greedy decoding feeds each choice back into the context and falls into a cycle; sampling escapes it.',
  lessonScore: 'Scoring a text',
  lessonScoreShows:
    'Training sees one actual token at a time, yet the prediction that scores best hedges its bets.',
  lessonEntropy: 'Entropy by context',
  lessonEntropyShows: 'The model is nearly certain inside JSON and code and unsure in open prose.',
  lessonSamples: 'Many samples',
  lessonSamplesShows:
    'A hundred continuations from one point show how temperature trades sameness for variety.',

  // Views that failed
  viewFailed: (name: string, why: string) =>
    `The ${name} view stopped working (${why}). Your text, steps and settings are kept; the rest of the explorer still works.`,
  resetView: 'Reset view',

  // Inputs and playback
  model: 'Model',
  yourModels: 'Your models',
  prompt: 'Prompt',
  step: 'Step',
  play: 'Play',
  pause: 'Pause',
  playOrPause: 'Play or pause',
  speed: 'Speed',
  speedSlow: 'slow',
  speedNormal: 'normal',
  speedFast: 'fast',
  speedEveryFrame: 'every frame',
  undo: 'Undo',
  redo: 'Redo',
  reset: 'Reset',
  sampleFromHere: 'Sample 100 continuations from here',

  // The temperature slider (TemperatureSlider.tsx)
  temperature: 'Temperature',
  temperatureDown: 'Temperature down',
  temperatureUp: 'Temperature up',
  greedyShortcut: 'Greedy (T = 0)',
  greedy: 'Greedy',
  temperatureOne: 'T = 1',
  temperatureShown: (text: string) => `T = ${text}`,
  /** The slider's value text and the temperature in captions: "0.80", or "0 (greedy)". */
  temperatureText: (temperature: number) =>
    temperature === 0 ? '0 (greedy)' : temperature.toFixed(2),

  // Sampling settings
  sampling: 'Sampling',
  seed: 'Seed',
  seedHint: 'Same seed, same text.',
  topK: 'Top-k',
  topP: 'Top-p',
  minP: 'Min-p',
  zeroIsOff: '0 is off.',
  oneIsOff: '1 is off.',
  enterNumber: 'Enter a number.',
  useWholeNumber: 'Use a whole number.',
  useWholeNumberOrZero: 'Use a whole number, 0 or more.',
  useTopP: 'Use a number above 0, at most 1.',
  useZeroToOne: 'Use a number from 0 to 1.',
  neverDrawUnk: 'Never draw ‹unk›',

  // The distribution chart (DistributionChart.tsx, ChartLabels.tsx, TopTokenList.tsx)
  distribution: 'Next-token distribution',
  chartKeys: 'Chart: + and − zoom, 0 shows all, arrow keys move between outcomes, Enter chooses',
  zoomInShortcut: 'Zoom in the chart',
  zoomOutShortcut: 'Zoom out of the chart',
  /** Followed by a space and the share in its fixed-width box. */
  chartTail: (top: number, others: string) =>
    `Beyond the top ${top}, the other ${others} outcomes hold`,
  chartBars: 'Bars: probability at the temperature set above, before filters, ranked by the model.',
  chartHatched: 'Hatched grey',
  chartHatchedMeans: ': masked or filtered out, never drawn.',
  chartOutline: 'Outline',
  chartOutlineMeans: ': the model at T = 1.',
  mostLikelyTokens: 'Most likely next tokens',
  maskedNeverDrawnSuffix: ', masked: never drawn',
  maskedLabelSuffix: ' (masked)',
  topTokensSummary: (parts: string, outcomes: string) =>
    `Top next tokens: ${parts}; ${outcomes} outcomes`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  showAll: 'Show all',
  logScale: 'Log scale',
  rankRange: (first: string, last: string, total: string) => `Ranks ${first}–${last} of ${total}`,
  tooltipProbability: (temperature: string) => `Probability at T = ${temperature}`,
  afterFilters: 'After filters',
  modelAtOne: 'Model (T = 1)',
  logit: 'Logit (ln p)',
  rank: 'Rank',
  rankOf: (rank: string, total: string) => `${rank} of ${total}`,
  statusMasked: 'Masked: never drawn. The bar shows what the temperature alone would give it.',
  statusZero: 'Probability 0 at this temperature.',
  statusRemoved: (filter: string) => `Removed by ${filter}: cannot be drawn.`,
  noteMasked: 'masked: never drawn',
  noteRemoved: (filter: string) => `removed by ${filter}`,
  numbersForDistribution: 'Numbers for the distribution',
  distributionTableCaption: (count: number, temperature: string) =>
    `The ${count} most likely next tokens and all the others, at T = ${temperature}`,
  probability: 'Probability',
  token: 'Token',
  cumulativeColumn: 'Cumulative',
  otherOutcomes: (count: number, shown: string) =>
    `the other ${shown} outcome${count === 1 ? '' : 's'}`,

  // The cumulative chart
  cumulativeView: 'Cumulative',
  cumulativeDistribution: 'Cumulative distribution',
  rankLogScale: 'rank (log scale)',
  cumulativeSummary: (parts: string) => `Cumulative probability by rank, ${parts}`,
  cumulativeTop: (rank: string, share: string) => `top ${rank}: ${share}`,
  numbersForCumulative: 'Numbers for the cumulative chart',
  cumulativeTableCaption: (count: number) =>
    `The ${count} most likely next tokens and all the others, as a draw sees them (after the mask and filters), with running totals`,
  dartNone:
    'No draw yet. Step draws a uniform u in [0, 1) and takes the outcome whose rise the solid curve makes at height u.',
  dartGreedy: (n: number) => `Step ${n} took the most likely outcome (T = 0): no draw.`,
  dartChosen: (n: number) => `Step ${n} was chosen by hand: no draw.`,
  dartUnseen: (u: string, n: number) =>
    `The last draw, u = ${u} (step ${n}), was made on a distribution this chart did not see; the solid curve is the next step's.`,
  dartLanded: (u: string, n: number, token: string, rank: string) =>
    `The last draw, u = ${u} (step ${n}), landed on ${token} (rank ${rank}) on the dashed curve of the distribution it was drawn from; the solid curve is the next step's.`,

  // The entropy meter (EntropyMeter.tsx)
  entropy: 'Entropy',
  bits: (value: string) => `${value} bits`,
  effectiveChoices: (shown: string) => `≈ ${shown} effective choice${shown === '1.0' ? '' : 's'}`,
  /** Followed by a space and 2^H in its fixed-width box. */
  entropyAtMost: (maxBits: string, outcomes: string) =>
    `At most ${maxBits} bits for ${outcomes} outcomes; effective choices (2^H) ≈`,
  modelItself: 'The model itself (T = 1, no filters):',
  modelItselfValue: (bits: string, choices: string) => `${bits} bits, ${choices}`,

  // Why this distribution
  why: 'Why this distribution',
  unigramNoContext:
    'A unigram model uses no context: it predicts the same distribution every time.',
  modelSees: (width: number) =>
    `The model sees only its last ${width} token${width === 1 ? '' : 's'}:`,
  earlierTokens: 'Earlier tokens, not seen by the model',
  contextUsed: 'Context the model uses',
  contextStart: '⟨start⟩',
  massFrom: (summary: string) => `Where the probability mass comes from: ${summary}.`,
  massByOrder: 'Where the mass comes from, by order',
  orderCounts: (name: string) => `${name} counts`,
  contextUnseen: (name: string) => `${name} context unseen`,
  unigram: 'unigram',
  bigram: 'bigram',
  trigram: 'trigram',
  kGram: (order: number) => `${order}-gram`,
  uniformFloor: 'uniform floor',
  lookupUniform: '1 / V for every outcome',
  lookupSeen: 'seen',
  lookupBacksOff: (to: string) => `unseen → backs off to ${to}`,
  source: 'Source',
  context: 'Context',
  lookup: 'Lookup',
  contextCount: 'Context count',
  passedDown: 'Passed down',
  shareOfMass: 'Share of the mass',

  // The timeline
  timeline: 'Timeline',
  timelineEmpty: 'No steps yet: entropy and surprisal appear here, one point per generated token.',
  timelineChart: (count: number) =>
    `Entropy and surprisal in bits over ${count} step${count === 1 ? '' : 's'}; the numbers are in the table below.`,
  axisStep: 'step',
  axisBits: 'bits',
  stepEntropy: (step: number, bits: string) => `Step ${step}: entropy ${bits} bits`,
  stepSurprisal: (step: number, bits: string) => `Step ${step}: surprisal ${bits} bits`,
  legendEntropy: 'Entropy (bits): how spread out the distribution was',
  legendSurprisal: 'Surprisal (bits): −log₂ p of the token that was chosen',
  numbersForSteps: 'Numbers for each step',
  entropyBitsColumn: 'Entropy (bits)',
  surprisalBitsColumn: 'Surprisal (bits)',

  // The generated text
  generatedText: 'Generated text',
  foldEarlier: (count: string) => `Fold the ${count} earlier tokens`,
  showEarlier: (count: string) => `Show the ${count} earlier tokens`,
  noTokensYet: 'No tokens generated yet: press Step to draw one from the distribution.',
  textHint:
    'Hover or focus a token to see what else it could have been (← → Home End move between tokens); activate it to rewind to just before it (Redo brings the rest back).',
  howSampled: 'sampled',
  howGreedy: 'greedy (most likely)',
  howChosen: 'chosen by you',
  tokenLabel: (token: string, p: string, how: string, inContext: boolean) =>
    `${token}, ${p}, ${how}${inContext ? ', in the context window' : ''}`,
  tipStep: (step: number) => `Step ${step}:`,
  tipHad: (p: string, modelP: string) => `had ${p} when chosen (model at T = 1: ${modelP})`,
  tipTop: "The model's top outcomes here (T = 1):",
  tipChosen: ' ← chosen',
  legendTitle: 'Probability when chosen (shade and underline):',
  bucketHigh: '50 % or more',
  bucketMid: '10–50 %',
  bucketLow: '1–10 %',
  bucketRare: 'under 1 %',
  legendBoxed: 'boxed',
  legendBoxedMeans:
    ': the tokens the model sees now (its context window); the rest of the text no longer matters to the next prediction.',

  // Screen-reader announcements
  stepAnnouncement: 'Step announcement',
  announceReset: 'Reset: no generated tokens.',
  announceBack: (n: number) => `Back to step ${n}.`,
  announceStep: (n: number, token: string, p: string, how: string, bits: string) =>
    `Step ${n}: ${token}, ${p}${how}, entropy ${bits} bits`,
  announceChosen: ', chosen by you',
  announceGreedy: ', greedy',
  spokenEos: 'end of text',
  spokenUnk: 'unknown token',
  spokenNewline: ' newline ',
  spokenTab: ' tab ',

  // Export
  export: 'Export',
  exportFormats: 'Export formats',
  distributionCsv: 'Distribution as CSV',
  distributionJson: 'Distribution as JSON',
  chartPng: 'Chart as PNG',
  chartSvg: 'Chart as SVG',
  sessionJson: 'Session (JSON)',

  // Sharing
  copyLink: 'Copy link',
  linkCopied: 'Link copied.',
  copyByHand: 'The clipboard is not available here: copy this link',
  embed: 'Embed',
  embedTitle: 'Embed this view',
  embedIframe: 'iframe (this exact state)',
  embedWebComponent: 'Web component',
  close: 'Close',
  embedNoteFromText:
    'starts from the current text (its steps were not all sampled at this temperature)',
  embedNoteFilters: 'uses the default top-k, top-p, min-p and ‹unk› settings',
  embedNote: (notes: readonly string[]) =>
    `The web component ${notes.join(' and ')}; the iframe shows this exact state.`,
  loadSession: 'Load session',
  sessionLoaded: 'Session loaded.',
  sessionNotLoaded: (why: string) => `Session not loaded: ${why}. The current session is kept.`,
  linkNotice: (problems: readonly string[]) =>
    `Part of this link could not be read: ${problems.join('; ')}.`,
  dismiss: 'Dismiss',
  embedSettings: 'Embed settings',
  embedBadNumber: (name: string, value: string, expected: string, fallback: number) =>
    `${name}="${value}" is not ${expected}; using ${fallback}.`,
  embedTemperatureRange: 'a number from 0 to 3',
  embedSeedRange: 'a whole number from 0 to 4294967295',
  embedStepsRange: (max: number) => `a whole number from 0 to ${max}`,
  embedBadControls: (unknown: string, known: string) =>
    `controls: ${unknown} ignored; known parts are ${known} (or all, none).`,
  embedBadHeight: (value: string) =>
    `height="${value}" is not a length such as 480, 480px or 30rem; using the natural height.`,
  embedBadLang: (value: string, known: string) =>
    `lang="${value}" is not one of ${known}; using en.`,

  // Number fields
  enterInRange: (min: number, max: number, integer: boolean) =>
    `Enter ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}.`,

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

  // Training a model
  trainHeading: 'Train a model on your own text',
  train: 'Train',
  trained: 'Trained',
  opened: 'Opened',
  trainKept: 'Your text and the current model are kept.',
  trainCancelled: 'Training cancelled.',
  trainAgain: 'Train it again to get it back.',
  modelReady: (verb: string, name: string, kind: string, outcomes: string, size: string) =>
    `${verb} “${name}”: a ${kind} with ${outcomes} outcomes (${size}). It is now the current model; the Model picker lists it under Your models.`,
  notRemoved: (name: string) =>
    `“${name}” could not be removed from the browser’s storage; it may come back after a reload.`,
  trainingProgress: 'Training progress',
  cancel: 'Cancel',
  statusReading: 'Reading the text…',
  statusBytes: (done: string, total: string) => `${done} of ${total}`,
  statusTokenizing: (bytes: string) => `Tokenizing: ${bytes}`,
  statusCounting: (bytes: string) => `Counting n-grams: ${bytes} tokenized`,
  statusSmoothing: (order: number, orders: number, bytes: string) =>
    `Smoothing order ${order} of ${orders}: ${bytes} tokenized`,
  statusEncoding: (bytes: string) => `Writing the model file: ${bytes} tokenized`,
  tokenizer: 'Tokenizer',
  tokenizerWord: 'word (GPT-2 pattern)',
  tokenizerChar: 'char (characters)',
  order: 'Order',
  orderUnigram: '1 (unigram)',
  orderBigram: '2 (bigram)',
  orderTrigram: '3 (trigram)',
  smoothing: 'Smoothing',
  smoothingMkn: 'modified Kneser–Ney',
  smoothingKn: 'Kneser–Ney',
  smoothingAddk: 'add-k',
  smoothingMle: 'maximum likelihood',
  vocabularySize: 'Vocabulary size',
  vocabularyHint: (max: string) => `Most frequent tokens kept, 1 to ${max}`,
  modelName: 'Name',
  modelNamePlaceholder: 'the file name, or “pasted text”',
  trainingText: 'Training text',
  trainingTextPlaceholder: 'Paste or type any text…',
  trainingTextHint: 'Blank lines separate paragraphs; each is learnt on its own.',
  textFile: 'Text file',
  textFileHint: (limit: string) => `Or drop a file here: UTF-8 text, up to ${limit}.`,
  trainingOnFile: 'Training on the file',
  trainingOnFileNot: (size: string) => `(${size}), not on the text box.`,
  useTextBox: 'Use the text box instead',
  noUserModels: 'None yet. They stay in this browser until you remove them.',
  userModelSummary: (kind: string, outcomes: string, size: string) =>
    `${kind}, ${outcomes} outcomes, ${size}`,
  download: 'Download',
  downloadModel: (name: string) => `Download ${name}`,
  remove: 'Remove',
  removeModel: (name: string) => `Remove ${name}`,
  modelFile: 'Model file',
  modelFileHint: 'Open a .tsm file downloaded here or made by',

  // Keyboard shortcuts
  shortcutsTitle: 'Keyboard shortcuts',
  key: 'Key',
  does: 'Does',
  keyOr: ' or ',
  keySpace: 'Space',
  showThisList: 'Show this list',
  shortcutsNeverWhileTyping: 'Shortcuts never fire while you type in a text field.',
  shortcutsOn: 'Single-key shortcuts on',
};
