import type { ModelFileErrorCode } from '../model/modelFile/ModelFileError';
import type { Messages } from './Messages';

/** Was eine Modelldatei hat, die die Seite nicht öffnen kann (die Sätze des Lesers sind Englisch). */
const OPEN_FILE_PROBLEMS: Record<ModelFileErrorCode, string> = {
  'not-a-model':
    'Das ist keine Tokenscope-Modelldatei (falsche Kennung). Erstellen Sie eine neue mit `npm run tokenscope -- build`.',
  'unsupported-version':
    'Diese Modelldatei wurde für ein neueres Tokenscope geschrieben. Aktualisieren Sie Tokenscope oder erstellen Sie eine neue mit `npm run tokenscope -- build`.',
  truncated:
    'Diese Modelldatei ist unvollständig: Sie endet zu früh (vermutlich wurde sie beim Herunterladen oder Kopieren abgeschnitten). Laden Sie sie erneut herunter oder erstellen Sie eine neue mit `npm run tokenscope -- build`.',
  'checksum-mismatch':
    'Diese Modelldatei ist beschädigt: Ihre Prüfsumme passt nicht zu ihrem Inhalt. Laden Sie sie erneut herunter oder erstellen Sie eine neue mit `npm run tokenscope -- build`.',
  invalid:
    'Diese Modelldatei ist beschädigt oder wurde nicht von Tokenscope geschrieben. Erstellen Sie eine neue mit `npm run tokenscope -- build`.',
};

/** Was ein Modell ohne Speicher im Browser tut (der Schluss dreier Hinweise). */
const NOT_KEPT =
  'funktioniert, bis Sie die Seite neu laden, aber der Browser wollte es nicht speichern (der Speicher ist vielleicht voll oder in einem privaten Fenster abgeschaltet). Laden Sie es herunter, um es zu behalten.';

/** „ist keine Zahl …“ statt „ist nicht eine Zahl …“: verneint eine erwartete Angabe. */
const negated = (expected: string) =>
  expected.startsWith('eine ') ? `k${expected}` : `nicht ${expected}`;

/** Die Namen der mitgelieferten Modelle (scripts/bundledModels.ts) auf Deutsch. */
const GERMAN_MODEL_NAMES: Record<string, string> = {
  'brown-word': 'Wörter: Brown-Korpus + JSON und Code',
  'brown-char': 'Zeichen: Brown-Korpus + JSON und Code',
};

/** Eine Zahl mit `digits` Nachkommastellen und Dezimalkomma, ohne Tausendertrennung: 0,80. */
const fixed = (n: number, digits: number) =>
  new Intl.NumberFormat('de-DE', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(n);

/** Die deutschen Texte der Seite: dieselben Schlüssel wie en.ts (ein fehlender oder zusätzlicher Schlüssel ist ein Typfehler). */
export const de: Messages = {
  // Zahlen
  fixed,
  plain: (n) =>
    new Intl.NumberFormat('de-DE', { maximumFractionDigits: 20, useGrouping: false }).format(n),

  // Die Seite
  appTagline:
    'Die ganze Verteilung des nächsten Tokens eines kleinen Sprachmodells, Schritt für Schritt.',
  loadingModel: 'Das Modell wird geladen …',
  loadingLesson: 'Die Lektion wird geladen …',
  presenterMode: 'Präsentationsmodus',
  presenterShortcut: 'Präsentationsmodus ein oder aus',
  language: 'Sprache',
  lessonsNav: 'Lektionen',
  modelKept: (why) => `${why} Das aktuelle Modell bleibt.`,
  modelFallback: (reasons, name) =>
    `${reasons} Stattdessen wird „${name}“ gezeigt; laden Sie die Seite neu, um es noch einmal zu versuchen.`,

  // Die Lektionen
  lessonExplore: 'Erkunden',
  lessonExploreShows:
    'Eine Vorhersage ist eine Verteilung über das ganze Vokabular: Formen Sie sie mit der Temperatur und gehen Sie die Erzeugung Schritt für Schritt durch.',
  lessonLoop: 'Schleifenlabor',
  lessonLoopShows:
    'Gierige Dekodierung gibt jede Wahl in den Kontext zurück und gerät in einen Zyklus; Sampling entkommt ihm.',
  lessonScore: 'Einen Text bewerten',
  lessonScoreShows:
    'Das Training sieht immer nur ein tatsächliches Token, und doch verteilt die am besten bewertete Vorhersage ihre Wetten.',
  lessonEntropy: 'Entropie nach Kontext',
  lessonEntropyShows: 'In JSON und Code ist sich das Modell fast sicher, in freier Prosa unsicher.',
  lessonSamples: 'Viele Stichproben',
  lessonSamplesShows:
    'Hundert Fortsetzungen von einer Stelle zeigen, wie die Temperatur Gleichförmigkeit gegen Vielfalt tauscht.',

  // Ausgefallene Ansichten
  viewFailed: (name, why) =>
    `Die Ansicht „${name}“ funktioniert nicht mehr (${why}). Ihr Text, Ihre Schritte und Einstellungen bleiben erhalten; der Rest funktioniert weiter.`,
  resetView: 'Ansicht zurücksetzen',

  // Eingaben und Abspielen
  model: 'Modell',
  yourModels: 'Ihre Modelle',
  prompt: 'Prompt',
  step: 'Schritt',
  play: 'Abspielen',
  pause: 'Anhalten',
  playOrPause: 'Abspielen oder anhalten',
  speed: 'Tempo',
  speedSlow: 'langsam',
  speedNormal: 'normal',
  speedFast: 'schnell',
  speedEveryFrame: 'jedes Bild',
  undo: 'Rückgängig',
  redo: 'Wiederholen',
  reset: 'Zurücksetzen',
  sampleFromHere: '100 Fortsetzungen von hier ziehen',

  // Der Temperaturregler
  temperature: 'Temperatur',
  temperatureDown: 'Temperatur senken',
  temperatureUp: 'Temperatur erhöhen',
  greedyShortcut: 'Gierig (T = 0)',
  greedy: 'Gierig',
  temperatureOne: 'T = 1',
  temperatureText: (temperature) => (temperature === 0 ? '0 (gierig)' : de.fixed(temperature, 2)),

  // Sampling-Einstellungen
  sampling: 'Sampling',
  seed: 'Startwert',
  seedHint: 'Gleicher Startwert, gleicher Text.',
  topK: 'Top-k',
  topP: 'Top-p',
  minP: 'Min-p',
  zeroIsOff: '0 ist aus.',
  oneIsOff: '1 ist aus.',
  enterNumber: 'Geben Sie eine Zahl ein.',
  useWholeNumber: 'Verwenden Sie eine ganze Zahl.',
  useWholeNumberOrZero: 'Verwenden Sie eine ganze Zahl, 0 oder mehr.',
  useTopP: 'Verwenden Sie eine Zahl über 0, höchstens 1.',
  useZeroToOne: 'Verwenden Sie eine Zahl von 0 bis 1.',
  neverDrawUnk: '‹unk› nie ziehen',

  // Das Verteilungsdiagramm
  distribution: 'Verteilung des nächsten Tokens',
  chartKeys:
    'Diagramm: + und − zoomen, 0 zeigt alles, Pfeiltasten wechseln zwischen Ausgängen, Eingabe wählt',
  zoomInShortcut: 'In das Diagramm hineinzoomen',
  zoomOutShortcut: 'Aus dem Diagramm herauszoomen',
  chartTail: (top, others) => `Jenseits der ersten ${top} haben die übrigen ${others} Ausgänge`,
  chartBars:
    'Balken: Wahrscheinlichkeit bei der oben eingestellten Temperatur, vor den Filtern, nach dem Modell geordnet.',
  chartHatched: 'Grau schraffiert',
  chartHatchedMeans: ': maskiert oder herausgefiltert, wird nie gezogen.',
  chartOutline: 'Umriss',
  chartOutlineMeans: ': das Modell bei T = 1.',
  mostLikelyTokens: 'Wahrscheinlichste nächste Tokens',
  maskedNeverDrawnSuffix: ', maskiert: wird nie gezogen',
  maskedLabelSuffix: ' (maskiert)',
  topTokensSummary: (parts, outcomes) =>
    `Wahrscheinlichste nächste Tokens: ${parts}; ${outcomes} Ausgänge`,
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  showAll: 'Alles zeigen',
  logScale: 'Log-Skala',
  rankRange: (first, last, total) => `Ränge ${first}–${last} von ${total}`,
  tooltipProbability: (temperature) => `Wahrscheinlichkeit bei T = ${temperature}`,
  afterFilters: 'Nach den Filtern',
  modelAtOne: 'Modell (T = 1)',
  logit: 'Logit (ln p)',
  rank: 'Rang',
  rankOf: (rank, total) => `${rank} von ${total}`,
  statusMasked: 'Maskiert: wird nie gezogen. Der Balken zeigt, was die Temperatur allein ihm gäbe.',
  statusZero: 'Wahrscheinlichkeit 0 bei dieser Temperatur.',
  statusRemoved: (filter) => `Von ${filter} entfernt: kann nicht gezogen werden.`,
  noteMasked: 'maskiert: wird nie gezogen',
  noteRemoved: (filter) => `von ${filter} entfernt`,
  numbersForDistribution: 'Zahlen zur Verteilung',
  distributionTableCaption: (count, temperature) =>
    `Die ${count} wahrscheinlichsten nächsten Tokens und alle übrigen, bei T = ${temperature}`,
  probability: 'Wahrscheinlichkeit',
  token: 'Token',
  cumulativeColumn: 'Kumuliert',
  otherOutcomes: (count, shown) => `die übrigen ${shown} ${count === 1 ? 'Ausgang' : 'Ausgänge'}`,

  // Das kumulative Diagramm
  cumulativeView: 'Kumuliert',
  cumulativeDistribution: 'Kumulative Verteilung',
  rankLogScale: 'Rang (log. Skala)',
  cumulativeSummary: (parts) => `Kumulierte Wahrscheinlichkeit nach Rang, ${parts}`,
  cumulativeTop: (rank, share) => `erste ${rank}: ${share}`,
  numbersForCumulative: 'Zahlen zum kumulativen Diagramm',
  cumulativeTableCaption: (count) =>
    `Die ${count} wahrscheinlichsten nächsten Tokens und alle übrigen, wie eine Ziehung sie sieht (nach Maske und Filtern), mit laufenden Summen`,
  dartNone:
    'Noch keine Ziehung. „Schritt“ zieht ein gleichverteiltes u aus [0, 1) und nimmt den Ausgang, dessen Anstieg die durchgezogene Kurve auf Höhe u macht.',
  dartGreedy: (n) => `Schritt ${n} nahm den wahrscheinlichsten Ausgang (T = 0): keine Ziehung.`,
  dartChosen: (n) => `Schritt ${n} wurde von Hand gewählt: keine Ziehung.`,
  dartUnseen: (u, n) =>
    `Die letzte Ziehung, u = ${u} (Schritt ${n}), galt einer Verteilung, die dieses Diagramm nicht gesehen hat; die durchgezogene Kurve ist die des nächsten Schritts.`,
  dartLanded: (u, n, token, rank) =>
    `Die letzte Ziehung, u = ${u} (Schritt ${n}), landete auf ${token} (Rang ${rank}) auf der gestrichelten Kurve der Verteilung, aus der gezogen wurde; die durchgezogene Kurve ist die des nächsten Schritts.`,

  // Die Entropieanzeige
  entropy: 'Entropie',
  bits: (value) => `${value} Bit`,
  effectiveChoices: (shown) =>
    `≈ ${shown} effektive ${shown === '1,0' ? 'Wahl' : 'Wahlmöglichkeiten'}`,
  entropyAtMost: (maxBits, outcomes) =>
    `Höchstens ${maxBits} Bit für ${outcomes} Ausgänge; effektive Wahlmöglichkeiten (2^H) ≈`,
  modelItself: 'Das Modell selbst (T = 1, ohne Filter):',
  modelItselfValue: (bits, choices) => `${bits} Bit, ${choices}`,

  // Warum diese Verteilung
  why: 'Warum diese Verteilung',
  unigramNoContext:
    'Ein Unigramm-Modell nutzt keinen Kontext: Es sagt jedes Mal dieselbe Verteilung voraus.',
  modelSees: (width) =>
    `Das Modell sieht nur ${width === 1 ? 'sein letztes Token' : `seine letzten ${width} Tokens`}:`,
  earlierTokens: 'Frühere Tokens, die das Modell nicht sieht',
  contextUsed: 'Kontext, den das Modell nutzt',
  contextStart: '⟨Anfang⟩',
  massFrom: (summary) => `Woher die Wahrscheinlichkeitsmasse kommt: ${summary}.`,
  massByOrder: 'Woher die Masse kommt, nach Ordnung',
  orderCounts: (name) => `${name}-Zählungen`,
  contextUnseen: (name) => `${name}-Kontext ungesehen`,
  unigram: 'Unigramm',
  bigram: 'Bigramm',
  trigram: 'Trigramm',
  kGram: (order) => `${order}-Gramm`,
  uniformFloor: 'Gleichverteilungsboden',
  lookupUniform: '1 / V für jeden Ausgang',
  lookupSeen: 'gesehen',
  lookupBacksOff: (to) => `ungesehen → weicht aus auf ${to}`,
  source: 'Quelle',
  context: 'Kontext',
  lookup: 'Nachschlagen',
  contextCount: 'Kontextanzahl',
  passedDown: 'Weitergegeben',
  shareOfMass: 'Anteil an der Masse',

  // Der Zeitverlauf
  timeline: 'Zeitverlauf',
  timelineEmpty:
    'Noch keine Schritte: Entropie und Überraschung erscheinen hier, ein Punkt pro erzeugtem Token.',
  timelineChart: (count) =>
    `Entropie und Überraschung in Bit über ${count} ${count === 1 ? 'Schritt' : 'Schritte'}; die Zahlen stehen in der Tabelle darunter.`,
  axisStep: 'Schritt',
  axisBits: 'Bit',
  stepEntropy: (step, bits) => `Schritt ${step}: Entropie ${bits} Bit`,
  stepSurprisal: (step, bits) => `Schritt ${step}: Überraschung ${bits} Bit`,
  legendEntropy: 'Entropie (Bit): wie breit die Verteilung gestreut war',
  legendSurprisal: 'Überraschung (Bit): −log₂ p des gewählten Tokens',
  numbersForSteps: 'Zahlen zu jedem Schritt',
  entropyBitsColumn: 'Entropie (Bit)',
  surprisalBitsColumn: 'Überraschung (Bit)',

  // Der erzeugte Text
  generatedText: 'Erzeugter Text',
  foldEarlier: (count) => `Die ${count} früheren Tokens einklappen`,
  showEarlier: (count) => `Die ${count} früheren Tokens zeigen`,
  noTokensYet:
    'Noch keine Tokens erzeugt: Drücken Sie „Schritt“, um eines aus der Verteilung zu ziehen.',
  textHint:
    'Zeigen Sie auf ein Token oder fokussieren Sie es, um zu sehen, was es sonst hätte sein können (← → Pos1 Ende wechseln zwischen Tokens); aktivieren Sie es, um bis kurz davor zurückzuspulen („Wiederholen“ holt den Rest zurück).',
  howSampled: 'gezogen',
  howGreedy: 'gierig (am wahrscheinlichsten)',
  howChosen: 'von Ihnen gewählt',
  tokenLabel: (token, p, how, inContext) =>
    `${token}, ${p}, ${how}${inContext ? ', im Kontextfenster' : ''}`,
  tipStep: (step) => `Schritt ${step}:`,
  tipHad: (p, modelP) => `hatte ${p}, als es gewählt wurde (Modell bei T = 1: ${modelP})`,
  tipTop: 'Die wahrscheinlichsten Ausgänge des Modells hier (T = 1):',
  tipChosen: ' ← gewählt',
  legendTitle: 'Wahrscheinlichkeit bei der Wahl (Schattierung und Unterstreichung):',
  bucketHigh: '50 % oder mehr',
  bucketMid: '10–50 %',
  bucketLow: '1–10 %',
  bucketRare: 'unter 1 %',
  legendBoxed: 'umrahmt',
  legendBoxedMeans:
    ': die Tokens, die das Modell jetzt sieht (sein Kontextfenster); der übrige Text zählt für die nächste Vorhersage nicht mehr.',

  // Ansagen für Screenreader
  stepAnnouncement: 'Schrittansage',
  announceReset: 'Zurückgesetzt: keine erzeugten Tokens.',
  announceBack: (n) => `Zurück zu Schritt ${n}.`,
  announceStep: (n, token, p, how, bits) =>
    `Schritt ${n}: ${token}, ${p}${how}, Entropie ${bits} Bit`,
  announceChosen: ', von Ihnen gewählt',
  announceGreedy: ', gierig',
  spokenEos: 'Textende',
  spokenUnk: 'unbekanntes Token',
  spokenNewline: ' Zeilenumbruch ',
  spokenTab: ' Tabulator ',

  // Export
  export: 'Exportieren',
  exportFormats: 'Exportformate',
  distributionCsv: 'Verteilung als CSV',
  distributionJson: 'Verteilung als JSON',
  chartPng: 'Diagramm als PNG',
  chartSvg: 'Diagramm als SVG',
  sessionJson: 'Sitzung (JSON)',

  // Teilen
  copyLink: 'Link kopieren',
  linkCopied: 'Link kopiert.',
  copyByHand: 'Die Zwischenablage ist hier nicht verfügbar: Kopieren Sie diesen Link',
  embed: 'Einbetten',
  embedTitle: 'Diese Ansicht einbetten',
  embedIframe: 'iframe (genau dieser Zustand)',
  embedWebComponent: 'Web-Komponente',
  close: 'Schließen',
  embedNoteFromText:
    'beginnt beim aktuellen Text (nicht alle seine Schritte wurden bei dieser Temperatur gezogen)',
  embedNoteFilters: 'nutzt die Standardwerte für Top-k, Top-p, Min-p und ‹unk›',
  embedNote: (notes) =>
    `Die Web-Komponente ${notes.join(' und ')}; der iframe zeigt genau diesen Zustand.`,
  loadSession: 'Sitzung laden',
  sessionLoaded: 'Sitzung geladen.',
  sessionNotLoaded: (why) => `Sitzung nicht geladen: ${why}. Die aktuelle Sitzung bleibt.`,
  partNotLoaded:
    'dieser Teil der Seite konnte nicht heruntergeladen werden (ist das Netzwerk weg?); laden Sie die Seite neu und versuchen Sie es noch einmal',
  notDownloaded: (what) =>
    `„${what}“ konnte nicht heruntergeladen werden (ist das Netzwerk weg?). Laden Sie die Seite neu und versuchen Sie es noch einmal.`,
  linkNotice: (problems) =>
    `Ein Teil dieses Links konnte nicht gelesen werden: ${problems.join('; ')}.`,
  dismiss: 'Schließen',
  embedSettings: 'Einbettungseinstellungen',
  embedBadNumber: (name, value, expected, fallback) =>
    `${name}="${value}" ist ${negated(expected)}; es gilt ${fallback}.`,
  embedTemperatureRange: 'eine Zahl von 0 bis 3',
  embedSeedRange: 'eine ganze Zahl von 0 bis 4294967295',
  embedStepsRange: (max) => `eine ganze Zahl von 0 bis ${max}`,
  embedBadControls: (unknown, known) =>
    `controls: ${unknown} ignoriert; bekannte Teile sind ${known} (oder all, none).`,
  embedBadHeight: (value) =>
    `height="${value}" ist keine Länge wie 480, 480px oder 30rem; es gilt die natürliche Höhe.`,
  embedBadLang: (value, known) => `lang="${value}" ist keines von ${known}; es gilt en.`,

  // Zahlenfelder
  enterInRange: (min, max, integer) =>
    `Geben Sie ${integer ? 'eine ganze Zahl' : 'eine Zahl'} von ${min} bis ${max} ein.`,

  // Ein Modell trainieren
  trainHeading: 'Ein Modell auf eigenem Text trainieren',
  train: 'Trainieren',
  trained: 'Trainiert',
  opened: 'Geöffnet',
  trainKept: 'Ihr Text und das aktuelle Modell bleiben erhalten.',
  trainCancelled: 'Training abgebrochen.',
  trainAgain: 'Trainieren Sie es erneut, um es zurückzubekommen.',
  modelReady: (verb, name, kind, outcomes, size) =>
    `${verb}: „${name}“, ein ${kind} mit ${outcomes} Ausgängen (${size}). Es ist jetzt das aktuelle Modell; die Modellauswahl führt es unter „Ihre Modelle“.`,
  notRemoved: (name) =>
    `„${name}“ konnte nicht aus dem Speicher des Browsers entfernt werden; nach einem Neuladen ist es vielleicht wieder da.`,
  trainingProgress: 'Trainingsfortschritt',
  cancel: 'Abbrechen',
  statusReading: 'Der Text wird gelesen …',
  statusBytes: (done, total) => `${done} von ${total}`,
  statusTokenizing: (bytes) => `Tokenisieren: ${bytes}`,
  statusCounting: (bytes) => `N-Gramme zählen: ${bytes} tokenisiert`,
  statusSmoothing: (order, orders, bytes) =>
    `Glättung der Ordnung ${order} von ${orders}: ${bytes} tokenisiert`,
  statusEncoding: (bytes) => `Die Modelldatei wird geschrieben: ${bytes} tokenisiert`,
  tokenizer: 'Tokenizer',
  tokenizerWord: 'Wörter (GPT-2-Muster)',
  tokenizerChar: 'Zeichen',
  order: 'Ordnung',
  orderUnigram: '1 (Unigramm)',
  orderBigram: '2 (Bigramm)',
  orderTrigram: '3 (Trigramm)',
  smoothing: 'Glättung',
  smoothingMkn: 'modifiziertes Kneser–Ney',
  smoothingKn: 'Kneser–Ney',
  smoothingAddk: 'Add-k',
  smoothingMle: 'Maximum Likelihood',
  vocabularySize: 'Vokabulargröße',
  vocabularyHint: (max) => `Behaltene häufigste Tokens, 1 bis ${max}`,
  modelName: 'Name',
  modelNamePlaceholder: 'der Dateiname oder „pasted text“',
  trainingText: 'Trainingstext',
  trainingTextPlaceholder: 'Beliebigen Text einfügen oder tippen …',
  trainingTextHint: 'Leerzeilen trennen Absätze; jeder wird für sich gelernt.',
  textFile: 'Textdatei',
  textFileHint: (limit) => `Oder eine Datei hier ablegen: UTF-8-Text, bis ${limit}.`,
  trainingOnFile: 'Training auf der Datei',
  trainingOnFileNot: (size) => `(${size}), nicht auf dem Textfeld.`,
  useTextBox: 'Stattdessen das Textfeld nutzen',
  noUserModels: 'Noch keine. Sie bleiben in diesem Browser, bis Sie sie entfernen.',
  userModelSummary: (kind, outcomes, size) => `${kind}, ${outcomes} Ausgänge, ${size}`,
  download: 'Herunterladen',
  downloadModel: (name) => `${name} herunterladen`,
  remove: 'Entfernen',
  removeModel: (name) => `${name} entfernen`,
  modelFile: 'Modelldatei',
  modelFileHint: 'Öffnen Sie eine .tsm-Datei, die hier heruntergeladen oder erstellt wurde mit',

  // Tastenkürzel
  shortcutsTitle: 'Tastenkürzel',
  key: 'Taste',
  does: 'Wirkung',
  keyOr: ' oder ',
  keySpace: 'Leertaste',
  showThisList: 'Diese Liste zeigen',
  shortcutsNeverWhileTyping: 'Tastenkürzel wirken nie, während Sie in einem Textfeld tippen.',
  shortcutsOn: 'Einzeltasten-Kürzel an',

  // Was ein Link nicht lesen konnte (je ein Satzteil des Link-Hinweises)
  linkGivenTwice: (key, times) => `${key} ist ${times}-mal angegeben (der erste Wert gilt)`,
  linkBadMode: (value) => `mode ${value} ist keine Lektion (der Explorer wird gezeigt)`,
  linkBadModelName: (value) => `model ${value} ist kein Modellname (das erste Modell gilt)`,
  linkBadNumber: (name, value, expected, used) =>
    `${name} ${value} ist ${negated(expected)} (es gilt ${used})`,
  fieldTemperature: 'Temperatur',
  fieldSeed: 'Startwert',
  fieldTopK: 'Top-k',
  fieldTopP: 'Top-p',
  fieldMinP: 'Min-p',
  expectTemperature: 'eine Zahl von 0 bis 3',
  expectWholeNumber: 'eine ganze Zahl',
  expectWholeNumberOrZero: 'eine ganze Zahl, 0 oder mehr',
  expectTopP: 'eine Zahl über 0, höchstens 1',
  expectZeroToOne: 'eine Zahl von 0 bis 1',
  linkBadUnk: (value) => `unk ${value} ist nicht 1 oder 0 (es gilt 1)`,
  linkPromptTooLong: (max) =>
    `der Prompt ist länger als ${max} Zeichen (die ersten ${max} bleiben)`,
  linkStepsKept: (why, kept) =>
    `${why} (${kept === 1 ? 'der Schritt davor bleibt' : `die ${kept} Schritte davor bleiben`})`,
  linkStepBadTemperature: (step, value, expected) =>
    `die Temperatur ${value} von Schritt ${step} ist ${negated(expected)}`,
  linkStepNotToken: (step, value) => `Schritt ${step} ${value} ist keine Token-ID`,
  linkTooManySteps: (max) => `der Link hat mehr als ${max} Schritte (die ersten ${max} bleiben)`,
  linkBadControls: (values, count, known) =>
    `controls ${values} ${count === 1 ? 'ist kein Teil' : 'sind keine Teile'} (bekannt: ${known})`,
  linkBadPresenter: (value) => `presenter ${value} ist nicht 1 oder 0 (es gilt 0)`,
  linkBadLang: (value, known) =>
    `lang ${value} ist keines von ${known} (es gilt die Sprache des Browsers)`,
  linkBadVersion: (value, version) =>
    `die Formatversion ${value} ist nicht ${version} (gelesen wird, was diese Seite kennt)`,
  linkUnknownKeys: (named, more, count) =>
    `${named}${more > 0 ? ` und ${more} weitere` : ''} ${count === 1 ? 'ist keine Einstellung' : 'sind keine Einstellungen'} (ignoriert)`,
  linkModelNotKept: (model, known, used) =>
    `das Modell „${model}“ ist weder eines von ${known} noch ein in diesem Browser gespeichertes Modell (es gilt ${used})`,
  linkModelUnknown: (model, known, used) =>
    `das Modell „${model}“ ist keines von ${known} (es gilt ${used})`,
  linkModelFailed: (model, why, used) =>
    `das Modell „${model}“ konnte nicht geladen werden: ${why} (es gilt ${used})`,
  linkStepOutside: (step, id, size, model, kept) =>
    `Schritt ${step} ist Token ${id}, außerhalb der ${size} Ausgänge von ${model} (${kept === 1 ? 'der Schritt davor bleibt' : `die ${kept} Schritte davor bleiben`})`,

  // Die mitgelieferten Modelle laden
  modelListFailed: (status) => `Die Modellliste konnte nicht geladen werden (HTTP ${status}).`,
  // Die mitgelieferten Modelle auf Deutsch; ein anderes (etwa aus einer eigenen Modellliste) behält seinen Namen.
  bundledModelName: (id, name) => GERMAN_MODEL_NAMES[id] ?? name,
  modelLoadFailed: (name, why) => `Das Modell „${name}“ konnte nicht geladen werden: ${why}.`,
  loadNetworkFailed: 'die Netzwerkanfrage ist fehlgeschlagen',
  loadHttpStatus: (status) => `der Server antwortete mit HTTP ${status}`,
  loadBadFile: (file, problem) => `seine Datei ${file} ${problem}`,
  fileNotAModel: 'ist kein Tokenscope-Modell',
  fileNewerVersion: 'wurde für ein neueres Tokenscope geschrieben',
  fileTruncated: 'ist unvollständig (abgeschnitten)',
  fileChecksum: 'ist beschädigt (ihre Prüfsumme stimmt nicht)',
  fileInvalid: 'ist beschädigt (ihr Inhalt ist widersprüchlich)',
  fileNotGzip: 'ist beschädigt (kein gültiges gzip)',
  noModelLoaded: (reasons) =>
    `Keines der mitgelieferten Modelle konnte geladen werden. ${reasons} Laden Sie die Seite neu; passiert das immer wieder, fehlt der Modellordner der Website oder ist beschädigt (neu erstellen mit \`npm run models\`).`,
  modelListEmpty: 'models/index.json führt kein Modell auf.',

  // Die Modelle der Einbettung
  embedModelNotBundled: (model, used, bundled) =>
    `model="${model}" ist kein mitgeliefertes Modell; es gilt "${used}" (mitgeliefert: ${bundled}).`,
  embedModelsMissing: (why) =>
    `${why} Tokenscope sucht seine Modelle im Ordner models/ neben tokenscope.js: Kopieren Sie den ganzen erstellten Ordner.`,

  // Was das Training nicht konnte (jeweils mit dem, was zu tun ist)
  byteCount: (n) => `${n.toLocaleString('de-DE')} Byte`,
  fileSize: (bytes) => {
    if (bytes < 1000) return `${bytes} Byte`;
    return bytes < 1_000_000 ? `${fixed(bytes / 1000, 1)} KB` : `${fixed(bytes / 1_000_000, 1)} MB`;
  },
  trainVocabSize: (max, given) =>
    `Die Vokabulargröße muss eine ganze Zahl von 1 bis ${max.toLocaleString('de-DE')} sein, nicht „${given}“.`,
  trainTooLarge: (file, size, limit) =>
    `${file ?? 'Der Text'} ist ${size} groß, mehr als die ${limit}, die die Seite zum Trainieren annimmt. Nehmen Sie einen kürzeren Text oder teilen Sie ihn und trainieren Sie mit einem Teil.`,
  trainNotUtf8: (file) =>
    `${file} ist kein UTF-8-Text. Wählen Sie eine als UTF-8 gespeicherte reine Textdatei oder fügen Sie ihren Text ein.`,
  trainNulBytes: (file) =>
    `${file} enthält NUL-Bytes und sieht daher nach einer Binärdatei aus, nicht nach Text. Wählen Sie eine reine Textdatei.`,
  trainEmpty: (file, whitespace) =>
    `${file ?? 'Der Trainingstext'} ${whitespace ? 'enthält nur Leerraum' : 'ist leer'}: Es gibt nichts zu lernen. ${file === null ? 'Fügen Sie einen Text ein oder tippen Sie ihn' : 'Wählen Sie eine andere Datei'}.`,
  trainOrderTooHigh: (order, usable) =>
    `Ordnung ${order} ist zu hoch für diesen Text: Kein Absatz hat ${order - 1 === 1 ? '1 Token' : `${order - 1} Tokens`} in Folge, die als Kontext dienen können. Wählen Sie Ordnung ${usable} oder niedriger oder nehmen Sie einen längeren Text.`,
  trainStopped: (reason) =>
    `Das Training brach unerwartet ab (${reason}). Versuchen Sie es erneut mit einem kürzeren Text oder einem kleineren Vokabular.`,
  trainWorkerEnded:
    'Das Training brach ab: Der Browser hat den Worker beendet (vielleicht war der Speicher voll). Versuchen Sie einen kürzeren Text oder ein kleineres Vokabular.',
  trainRefused: (message) => `Das Training ist nicht möglich: ${message}`,
  openNotGzip: (file) =>
    `${file ?? 'Das gespeicherte Modell'} sieht komprimiert aus, lässt sich aber nicht entpacken. Laden Sie es erneut herunter oder erstellen Sie es neu.`,
  openBadFile: (file, problem) => `${file ?? 'Das gespeicherte Modell'}: ${problem}`,
  openFileProblem: (code, _sentence) => OPEN_FILE_PROBLEMS[code],
  openCancelled: 'Das Öffnen des Modells wurde abgebrochen.',
  modelFileGone: 'Die Datei dieses Modells ist nicht mehr im Speicher des Browsers.',

  // Die eigenen Modelle im Browser behalten
  storageUnavailable: `Hier gibt es keinen Speicher: Ein trainiertes Modell ${NOT_KEPT}`,
  storageUnreadable: `Ihre gespeicherten Modelle konnten nicht gelesen werden. Ein neues Modell ${NOT_KEPT}`,
  storageNotSaved: (name) => `„${name}“ ${NOT_KEPT}`,

  // Warum eine Sitzungsdatei abgelehnt wird (je ein Satzteil von sessionNotLoaded)
  sessionNotJson: (why) => `sie ist kein JSON (${why})`,
  sessionNotSession: (format) => `sie ist keine Tokenscope-Sitzung (kein "format": "${format}")`,
  sessionBadVersion: (value) =>
    `ihre Version ${value} ist nicht 1, die Version, die diese Seite liest`,
  sessionBadModelName: (value) => `model ${value} ist kein Modellname`,
  sessionBadPrompt: (max) => `prompt ist kein Text von höchstens ${max} Zeichen`,
  sessionBadNumber: (name, value, expected) => `${name} ${value} ist ${negated(expected)}`,
  sessionBadMaskUnk: (value) => `maskUnk ${value} ist nicht true oder false`,
  sessionBadSteps: (max) => `steps ist keine Liste von höchstens ${max} Schritten`,
  sessionBadStep: (step, value) =>
    `Schritt ${step} ${value} ist nicht {"id", "token", "how": sampled, greedy oder chosen, "temperature"}`,
  sessionModelUnknown: (model, known) => `ihr Modell ${model} ist keines von ${known}`,
  sessionModelFailed: (model, why) => `ihr Modell ${model} konnte nicht geladen werden: ${why}`,
  sessionStepMismatch: (step, saved, id, model, actual) =>
    `Schritt ${step} ist in der Datei ${saved}, aber Token ${id} von ${model} ist ${actual}`,
  sessionSavedToken: (id) => `Token ${id}`,
  sessionOutside: (outcomes) => `außerhalb seiner ${outcomes} Ausgänge`,
};
