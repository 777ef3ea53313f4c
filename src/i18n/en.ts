import type { ModelFileErrorCode } from '../model/modelFile/ModelFileError';
import { formatSize } from './formatSize';

/**
 * The English messages of the page: the source of truth for every user-visible string (labels,
 * accessible names, headings, captions, hints, notices, live announcements). A string with values
 * is a small function. German (de.ts) must have exactly these keys, with the same parameters.
 * Tokens and model text, export file contents, the CLI and developer console messages are not here;
 * messages only the lessons show are in src/lessons/messages, which loads with the lesson chunk.
 */
export const en = {
  // Numbers
  /** A number with `digits` decimals, as people read it in this language ("5.42"). */
  fixed: (n: number, digits: number) => n.toFixed(digits),
  /** A number with all its digits, as this language writes it ("0.5"). */
  plain: (n: number) => String(n),

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
  /** Why a part of the page fetched on first use did not come (a phrase of sessionNotLoaded). */
  partNotLoaded:
    'this part of the page could not be downloaded (is the network down?); reload the page and try again',
  /** A part of the page fetched on first use (`what` names it) that did not come. */
  notDownloaded: (what: string) =>
    `“${what}” could not be downloaded (is the network down?). Reload the page and try again.`,
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

  // What a link could not read (each a phrase of the link notice)
  linkGivenTwice: (key: string, times: number) => `${key} is given ${times} times (used the first)`,
  linkBadMode: (value: string) => `mode ${value} is not a lesson (showed the explorer)`,
  linkBadModelName: (value: string) => `model ${value} is not a model name (used the first model)`,
  linkBadNumber: (name: string, value: string, expected: string, used: string) =>
    `${name} ${value} is not ${expected} (used ${used})`,
  fieldTemperature: 'temperature',
  fieldSeed: 'seed',
  fieldTopK: 'top-k',
  fieldTopP: 'top-p',
  fieldMinP: 'min-p',
  expectTemperature: 'a number from 0 to 3',
  expectWholeNumber: 'a whole number',
  expectWholeNumberOrZero: 'a whole number, 0 or more',
  expectTopP: 'a number above 0, at most 1',
  expectZeroToOne: 'a number from 0 to 1',
  linkBadUnk: (value: string) => `unk ${value} is not 1 or 0 (used 1)`,
  linkPromptTooLong: (max: number) =>
    `the prompt is longer than ${max} characters (kept the first ${max})`,
  linkStepsKept: (why: string, kept: number) =>
    `${why} (kept the ${kept} step${kept === 1 ? '' : 's'} before it)`,
  linkStepBadTemperature: (step: number, value: string, expected: string) =>
    `step ${step} temperature ${value} is not ${expected}`,
  linkStepNotToken: (step: number, value: string) => `step ${step} ${value} is not a token id`,
  linkTooManySteps: (max: number) => `the link has more than ${max} steps (kept the first ${max})`,
  linkBadControls: (values: string, count: number, known: string) =>
    `controls ${values} ${count === 1 ? 'is not a part' : 'are not parts'} (known: ${known})`,
  linkBadPresenter: (value: string) => `presenter ${value} is not 1 or 0 (used 0)`,
  linkBadLang: (value: string, known: string) =>
    `lang ${value} is not one of ${known} (used the browser's language)`,
  linkBadVersion: (value: string, version: number) =>
    `format version ${value} is not ${version} (read what this page knows)`,
  linkUnknownKeys: (named: string, more: number, count: number) =>
    `${named}${more > 0 ? ` and ${more} more` : ''} ${count === 1 ? 'is not a setting' : 'are not settings'} (ignored)`,
  linkModelNotKept: (model: string, known: string, used: string) =>
    `model "${model}" is not one of ${known} nor a model kept in this browser (used ${used})`,
  linkModelUnknown: (model: string, known: string, used: string) =>
    `model "${model}" is not one of ${known} (used ${used})`,
  linkModelFailed: (model: string, why: string, used: string) =>
    `model "${model}" could not be loaded: ${why} (used ${used})`,
  linkStepOutside: (step: number, id: number, size: number, model: string, kept: number) =>
    `step ${step} is token ${id}, outside the ${size} outcomes of ${model} (kept the ${kept} step${kept === 1 ? '' : 's'} before it)`,

  // Loading the bundled models
  modelListFailed: (status: number) => `The model list could not be loaded (HTTP ${status}).`,
  /** A bundled model's name as the picker and notices show it: its name in the model list. */
  bundledModelName: (_id: string, name: string) => name,
  modelLoadFailed: (name: string, why: string) =>
    `The model "${name}" could not be loaded: ${why}.`,
  loadNetworkFailed: 'the network request failed',
  loadHttpStatus: (status: number) => `the server answered HTTP ${status}`,
  loadBadFile: (file: string, problem: string) => `its file ${file} ${problem}`,
  fileNotAModel: 'is not a Tokenscope model',
  fileNewerVersion: 'was written for a newer Tokenscope',
  fileTruncated: 'is incomplete (cut off)',
  fileChecksum: 'is damaged (its checksum does not match)',
  fileInvalid: 'is damaged (its contents are inconsistent)',
  fileNotGzip: 'is damaged (not valid gzip)',
  noModelLoaded: (reasons: string) =>
    `No bundled model could be loaded. ${reasons} Reload the page; if this keeps happening, the site’s models folder is missing or damaged (rebuild it with \`npm run models\`).`,
  modelListEmpty: 'models/index.json lists no model.',

  // The embed's models (useEmbedSession)
  embedModelNotBundled: (model: string, used: string, bundled: string) =>
    `model="${model}" is not a bundled model; using "${used}" (bundled: ${bundled}).`,
  embedModelsMissing: (why: string) =>
    `${why} Tokenscope looks for its models in the models/ folder beside tokenscope.js: copy the whole built folder.`,

  // What the training worker could not do (each says what to do about it)
  byteCount: (n: number) => `${n.toLocaleString('en-US')} bytes`,
  /** A file or text size in decimal units: "950 bytes", "12.3 KB", "5.9 MB". */
  fileSize: (bytes: number) => formatSize(bytes),
  trainVocabSize: (max: number, given: string) =>
    `Vocabulary size must be a whole number from 1 to ${max.toLocaleString('en-US')}, not “${given}”.`,
  /** `file` is the file's name, or null for the text typed or pasted. */
  trainTooLarge: (file: string | null, size: string, limit: string) =>
    `${file ?? 'The text'} is ${size}, more than the ${limit} the page can train on. Use a shorter text, or split it and train on a part.`,
  trainNotUtf8: (file: string) =>
    `${file} is not UTF-8 text. Choose a plain-text file saved as UTF-8, or paste its text.`,
  trainNulBytes: (file: string) =>
    `${file} contains NUL bytes, so it looks like a binary file, not text. Choose a plain-text file.`,
  trainEmpty: (file: string | null, whitespace: boolean) =>
    `${file ?? 'The training text'} ${whitespace ? 'has only whitespace' : 'is empty'}: there is nothing to learn from. ${file === null ? 'Paste or type some text' : 'Choose another file'}.`,
  trainOrderTooHigh: (order: number, usable: number) =>
    `Order ${order} is too high for this text: no paragraph has ${order - 1} tokens in a row to use as context. Choose order ${usable} or lower, or give a longer text.`,
  trainStopped: (reason: string) =>
    `Training stopped unexpectedly (${reason}). Try again with a shorter text or a smaller vocabulary.`,
  trainWorkerEnded:
    'Training stopped: the browser ended the worker (it may have run out of memory). Try a shorter text or a smaller vocabulary.',
  /** A problem the model's training code found, in its own (English) words. */
  trainRefused: (message: string) => message,
  /** A model file the page cannot open; `file` is its name, or null for a model kept in the browser. */
  openNotGzip: (file: string | null) =>
    `${file ?? 'The saved model'} looks compressed but cannot be unpacked. Download or build it again.`,
  /** `problem` is the file's problem in full sentences (openFileProblem). */
  openBadFile: (file: string | null, problem: string) => `${file ?? 'The saved model'}: ${problem}`,
  /** What is wrong with a model file: English keeps the sentence of the model's file reader. */
  openFileProblem: (_code: ModelFileErrorCode, sentence: string) => sentence,
  openCancelled: 'Opening the model was cancelled.',
  modelFileGone: 'The file of this model is gone from the browser’s storage.',

  // Keeping the person's models in the browser (useUserModels)
  storageUnavailable:
    'Storage is not available here: a trained model will work until you reload the page, but the browser would not store it (storage may be full, or switched off in a private window). Download it to keep it.',
  storageUnreadable:
    'Your saved models could not be read. A new model will work until you reload the page, but the browser would not store it (storage may be full, or switched off in a private window). Download it to keep it.',
  storageNotSaved: (name: string) =>
    `“${name}” will work until you reload the page, but the browser would not store it (storage may be full, or switched off in a private window). Download it to keep it.`,

  // Why a session file is refused (each a phrase of sessionNotLoaded)
  sessionNotJson: (why: string) => `it is not JSON (${why})`,
  sessionNotSession: (format: string) =>
    `it is not a Tokenscope session (no "format": "${format}")`,
  sessionBadVersion: (value: string) => `its version ${value} is not 1, the one this page reads`,
  sessionBadModelName: (value: string) => `model ${value} is not a model name`,
  sessionBadPrompt: (max: number) => `prompt is not text of at most ${max} characters`,
  sessionBadNumber: (name: string, value: string, expected: string) =>
    `${name} ${value} is not ${expected}`,
  sessionBadMaskUnk: (value: string) => `maskUnk ${value} is not true or false`,
  sessionBadSteps: (max: number) => `steps is not a list of at most ${max} steps`,
  sessionBadStep: (step: number, value: string) =>
    `step ${step} ${value} is not {"id", "token", "how": sampled, greedy or chosen, "temperature"}`,
  sessionModelUnknown: (model: string, known: string) =>
    `its model ${model} is not one of ${known}`,
  sessionModelFailed: (model: string, why: string) =>
    `its model ${model} could not be loaded: ${why}`,
  /** `saved` is sessionSavedToken or the token as quoted; `actual` the same or sessionOutside. */
  sessionStepMismatch: (step: number, saved: string, id: number, model: string, actual: string) =>
    `step ${step} is ${saved} in the file but token ${id} of ${model} is ${actual}`,
  sessionSavedToken: (id: number) => `token ${id}`,
  sessionOutside: (outcomes: number) => `outside its ${outcomes} outcomes`,
};
