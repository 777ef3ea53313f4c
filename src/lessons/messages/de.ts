import type { LessonMessages } from './LessonMessages';

/** Die deutschen Texte der Lektionen: dieselben Schlüssel wie en.ts daneben (ein fehlender oder zusätzlicher Schlüssel ist ein Typfehler). */
export const de: LessonMessages = {
  // Das Schleifenlabor
  loopIntro:
    'Gierige Dekodierung nimmt immer das wahrscheinlichste nächste Token. Ein N-Gramm-Modell sieht nur auf seine letzten paar Tokens; kehren diese wieder, wiederholt sich gierige Dekodierung für immer. Sampling zieht das nächste Token stattdessen und kann entkommen.',
  greedyLane: 'Gierige Spur',
  greedyLaneTitle: 'Gierig (T = 0)',
  sampledLane: 'Gezogene Spur',
  sampledLaneTitle: 'Gezogen',
  temperatureNow: (t) => `Temperatur jetzt: ${t}`,
  loopingSince: (step, period) => `Schleife seit Schritt ${step}, Periode ${period}`,
  loopWhyGreedy: (width, state, step) =>
    `Der Zustand des Modells, ${width === 1 ? 'sein letztes Token' : `seine letzten ${width} Tokens`} „${state}“, kam schon bei Schritt ${step} vor, also kann gierige Dekodierung die Schleife nie verlassen.`,
  loopWhySampled: (width, state, step, t) =>
    `Der Zustand des Modells, ${width === 1 ? 'sein letztes Token' : `seine letzten ${width} Tokens`} „${state}“, kam schon bei Schritt ${step} vor; bei T = ${t} wird das nächste Token gezogen, also kann Sampling sie noch verlassen.`,
  repeatedFourGrams: (share) => `Wiederholte 4-Gramme: ${share}`,
  distinctTwo: (ratio) => `Distinct-2: ${ratio}`,
  loopEmpty: ' („Schritt“ oder „Abspielen“ drücken)',
  coolDown: 'Von einem heißen Start abkühlen',
  startTemperature: 'Starttemperatur',
  coolingSteps: 'Abkühlschritte',

  // Textarten (Beispiele der Bewertung, Vorlagen der Entropie)
  kindProseThenJson: 'Prosa, dann JSON',
  kindProse: 'Prosa',
  kindJson: 'JSON',
  kindCode: 'Code',
  kindNews: 'Nachrichten',
  kindFiction: 'Erzählung',
  kindDialogue: 'Dialog',

  // Die Lektion „Einen Text bewerten“
  scoringIntro:
    'Die Kreuzentropie ist die mittlere Überraschung −log₂ p jedes tatsächlichen Tokens: wie viele Bit das Modell pro Token braucht, um den Text zu kodieren. Fügen Sie einen beliebigen Text ein und sehen Sie, wo sich das Modell sicher war und wo es überrascht wurde.',
  example: 'Beispiel',
  textToScore: 'Zu bewertender Text',
  crossEntropy: 'Kreuzentropie',
  pasteToScore: 'Fügen Sie einen Text ein, um ihn zu bewerten.',
  scoreSummaryRest: (perplexity, events) =>
    `pro Token, Perplexität ${perplexity}, über ${events} Tokens (die Tokens jedes Abschnitts und sein Ende)`,
  rankLegendTitle:
    'Rang des tatsächlichen Tokens in der Vorhersage (Schattierung und Unterstreichung):',
  rankLegendItem: (band, underline) => `${band} (${underline} unterstrichen)`,
  rankBandTop: 'Rang 1 (der beste Tipp)',
  rankBandFive: 'Rang 2–5',
  rankBandFifty: 'Rang 6–50',
  rankBandFiveHundred: 'Rang 51–500',
  rankBandBeyond: 'jenseits von Rang 500',
  underlineThickSolid: 'dick durchgezogen',
  underlineThinSolid: 'dünn durchgezogen',
  underlineDashed: 'gestrichelt',
  underlineDotted: 'gepunktet',
  underlineWavy: 'gewellt',
  segmentEndScored: '¶ markiert das Ende eines Abschnitts, das ebenfalls bewertet wird',
  scoredText: 'Bewerteter Text',
  endOfSegment: 'Abschnittsende',
  unknownScoredAsUnk: (shown) => `${shown} (unbekannt, als <unk> bewertet)`,
  scoredTokenLabel: (name, p, bits, rank) =>
    `${name}: Wahrscheinlichkeit ${p}, Überraschung ${bits} Bit, Rang ${rank}`,
  atThisPosition: 'An dieser Stelle',
  focusAToken:
    'Fokussieren oder klicken Sie ein Token, um zu sehen, was das Modell dort vorhergesagt hat.',
  inspectorTarget: (name, rank, p) => `Ziel ${name}: Rang ${rank}, Wahrscheinlichkeit ${p}.`,
  inspectorLoss: (bits) => `Verlust −log₂ p(Ziel) = ${bits} Bit`,
  inspectorEntropy: (bits) => `; die Entropie der Vorhersage beträgt ${bits} Bit.`,
  inspectorCaption: (top) => `Vorhergesagte Verteilung (erste ${top}) und das One-hot-Ziel`,
  outcome: 'Ausgang',
  predicted: 'Vorhergesagt',
  targetOneHot: 'Ziel (one-hot)',
  actualMarker: ' ← tatsächlich',
  inspectorOthers: (count) => `die übrigen ${count} ${count === 1 ? 'Ausgang' : 'Ausgänge'}`,
  inspectorExplain:
    'Das Training sieht nur dieses One-hot-Ziel: das tatsächliche nächste Token mit 100 %, alles andere mit 0 %. Und doch ist kein einzelnes Ziel die beste Vorhersage. Über alle Stellen, an denen dieser Kontext vorkommt, ist der Verlust am kleinsten, wenn die Vorhersage ihre Wetten im Verhältnis dazu verteilt, was wirklich folgt; deshalb sichert sich das Modell ab, statt alles auf ein Token zu setzen.',
  everyToken: 'Alle Tokens',
  position: 'Position',
  predictionEntropyColumn: 'Entropie der Vorhersage (Bit)',
  lossVersusTemperature: 'Verlust und Temperatur',
  lossInfinite:
    'Das Modell gibt einem Token dieses Textes die Wahrscheinlichkeit 0, daher ist der Verlust bei jeder Temperatur unendlich.',
  lossLowest: (t, bits) => `am kleinsten bei T = ${t}: ${bits} Bit`,
  lossSummary: (events, lowest, atOne, firstT, firstBits, lastT, lastBits) =>
    `Der mittlere Verlust über ${events} Positionen ist ${lowest}; bei T = 1 (das Modell, wie es trainiert wurde) ${atOne} Bit; bei T = ${firstT} ${firstBits} Bit; bei T = ${lastT} ${lastBits} Bit.`,
  lossFirstOnly: (events) => `(Nur die ersten ${events} Positionen werden verwendet.)`,
  lossExplain:
    'Ein selbstsicherer falscher Tipp kostet viele Bit: Eine geschärfte Verteilung (kleines T) verliert dort, wo sie falschliegt, mehr, als sie gewinnt, wo sie richtigliegt; eine abgeflachte (großes T) verschwendet Wahrscheinlichkeit an Tokens, die nie kommen. Die kalibrierte, abgesicherte Verteilung schneidet am besten ab — deshalb landet das Training mit One-hot-Zielen nahe T = 1.',
  axisTemperature: 'Temperatur T',
  axisBitsPerToken: 'Bit pro Token',
  numbersForLossCurve: 'Zahlen zur Verlustkurve',
  lossTableCaption: 'Mittlerer Verlust bei jeder Temperatur',
  temperatureT: 'Temperatur T',
  lossBitsColumn: 'Verlust (Bit pro Token)',
  note: 'Anmerkung',
  lowest: 'am kleinsten',
  modelAsTrained: 'das Modell, wie es trainiert wurde',

  // Die Lektion „Entropie nach Kontext“
  entropyIntro:
    'Vor jedem Token verteilt das Modell seine Wette über das ganze Vokabular. Die Entropie dieser Wette, in Bit, sagt, wie unsicher es ist: etwa 0, wenn ein Token sicher ist, bis zu log₂ der Vokabulargröße, wenn jedes Token gleich wahrscheinlich ist. Strukturierter Text wie JSON und Code lässt wenig zu raten; freie Prosa lässt viel offen.',
  entropyComparison: 'Mittlere Entropie jeder Textart',
  entropyExtremes: (low, lowBits, high, highBits) =>
    `Am besten vorhersagbar: ${low} (im Mittel ${lowBits} Bit). Am schlechtesten vorhersagbar: ${high} (${highBits} Bit).`,
  whereSure: 'Wo sich das Modell sicher ist',
  textToShade: 'Zu schattierender Text',
  yourText: 'Ihr Text',
  yourTextPlaceholder: 'Beliebigen Text einfügen: Er kommt als „Ihr Text“ in den Vergleich.',
  entropyChartNote:
    'Mittlere Entropie und Bit pro Token jedes Textes, in Bit; die Zahlen stehen in der Tabelle darunter.',
  legendMeanEntropy:
    'Mittlere Entropie (voll): wie unsicher das Modell vor jedem Token im Mittel ist',
  legendBitsPerToken:
    'Bit pro Token (gestreift): −log₂ p des Tokens, das tatsächlich kam, im Mittel',
  entropyTableCaption: 'Entropie nach Kontext, in Zahlen',
  textColumn: 'Text',
  predictions: 'Vorhersagen',
  meanEntropyColumn: 'Mittlere Entropie (Bit)',
  bitsPerTokenColumn: 'Bit pro Token',
  shadingKey: 'Legende der Schattierung',
  levelSure: 'unter 1 Bit: sicher',
  levelOneToThree: '1–3 Bit',
  levelThreeToSix: '3–6 Bit',
  levelSixToNine: '6–9 Bit',
  levelWideOpen: '9 Bit oder mehr: weit offen',
  shadedByEntropy: (label) => `${label}, nach Entropie schattiert`,
  tokenEntropyTitle: (bits, level, unknown) =>
    `${bits} Bit vor diesem Token (${level})${unknown ? '; nicht im Vokabular, als <unk> gelesen' : ''}`,

  // Die Lektion „Viele Stichproben“
  samplesIntro:
    'Eine Stichprobe ist ein Weg durch die Verteilungen des Modells. Ziehen Sie hundert und zählen Sie, wie oft jede Fortsetzung wiederkommt: Bei Temperatur 0 nimmt jede Ziehung das wahrscheinlichste Token, also sind alle hundert gleich; bei Temperatur 1 verteilen sie sich auf viele Fortsetzungen.',
  samplesNote:
    'Fortsetzung j (ab 0 gezählt) zieht aus ihrem eigenen Zufallsstrom, dessen Startwert der eingestellte Startwert + j ist; derselbe Startwert gibt also dieselbe Liste, und Fortsetzung 0 entspricht dem Kommandozeilenbefehl',
  samplesResults: 'Stichproben',
  samplesDistinct: (distinct, total) => `${distinct} verschiedene von ${total}`,
  samplesSummary: (prompt, t, length, seed, top, total, share) =>
    `Fortsetzungen von „${prompt}“ (T = ${t}, ${length} ${length === 1 ? 'Token' : 'Tokens'}, Startwert ${seed}). Am häufigsten: ${top} von ${total} (${share}).`,
  continuations: 'Fortsetzungen',
  firstToken: 'Erstes Token',
  firstTokens: 'Erste Tokens',
  samplesEmpty: 'Drücken Sie „100 Fortsetzungen ziehen“, um zu ziehen.',
  sampleHundred: '100 Fortsetzungen ziehen',
  length: 'Länge',
  zeroIsGreedy: '0 ist gierig',
  tokensUnit: 'Tokens',
  seedPerSample: 'Stichprobe j nutzt Startwert + j',
  enterTemperatureToFive: 'Geben Sie eine Temperatur von 0 bis 5 ein.',
  enterLength: (max) => `Geben Sie eine ganze Zahl von 1 bis ${max} Tokens ein.`,
  enterSeedToMillion: 'Geben Sie eine ganze Zahl von 0 bis 1000000 ein.',
};
