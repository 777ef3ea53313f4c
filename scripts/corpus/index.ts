export { type BrownEvalSplit, brownSentences, readBrownEvalSplit } from './brownEvalSplit';
export { listBrownFiles } from './brownFiles';
export { isBrownHeadline, splitBrownParagraphs } from './brownParagraphs';
export { readBrownProse, restoreBrownParagraph } from './restoreBrown';
export {
  generateStructuredDocuments,
  generateStructuredText,
  type StructuredDocument,
  type StructuredKind,
  type StructuredTextOptions,
} from './structuredText';
