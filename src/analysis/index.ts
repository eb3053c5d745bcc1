// The engine's public surface: text in, a typed Analysis out. Pure TypeScript, no editor or Node dependency.
//
// The pipeline, by folder, each stage reading only the ones before it:
//   lexicon/    word lists by topic (data) and the lexicon built from them once
//   text/       the text primitives: character classes, tokens, sentences, paragraphs and lines
//   dates/      dates found and resolved against the document's date
//   paragraph/  what one paragraph says on its own: names, quotations, attributions (cached by text)
//   document/   what the whole document decides: actors, speakers, claims, and the results (analyzer.ts)
// Each document step's incremental reuse sits beside its fresh path: see document/analyzer.ts.
export { analyze, DocumentAnalyzer } from './document/analyzer';
export { parseDocumentDateHeader, normaliseIsoDate } from './dates/documentDate';
export { InvalidInputError } from './input';
export * from './types';
