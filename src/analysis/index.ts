// The engine's public surface: text in, a typed Analysis out. Pure TypeScript, no editor or Node dependency.
export { analyze, DocumentAnalyzer } from './analyze';
export { parseDocumentDateHeader, normaliseIsoDate } from './dates/documentDate';
export * from './types';
