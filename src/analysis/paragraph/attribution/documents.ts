// Documents as speakers: a statement's words belong to whoever issued it ("'…,' read a statement from Acme").
import type { ReportingVerb } from '../../lexicon/lexicon';
import type { SentenceRange } from '../../text/sentences';
import type { Token } from '../../text/tokens';
import type { SpeakerMatch } from './frame';
import { isLowerWord, type AttributionReader } from './reader';
import { documentNouns, sentenceSubject, speakerDeterminers } from './speakers';

/**
 * "Doe released a statement saying …": a document before a participle speaks for whoever the sentence says issued it,
 * its subject; any other speaker phrase is kept as found.
 */
export function issuedDocument(
  reader: AttributionReader,
  found: SpeakerMatch | undefined,
  sentence: SentenceRange,
): SpeakerMatch | undefined {
  const ref = found?.ref;
  if (!found || ref?.kind !== 'generic' || !documentNouns.has(ref.head) || found.first <= sentence.first) return found;
  const issuer = sentenceSubject(reader, sentence, found.first);
  return issuer && issuer.ref.kind !== 'generic' ? { ref: issuer.ref, first: found.first, last: found.last } : found;
}

/**
 * "'…,' read a statement from Acme" / "'…,' the letter read": a document's words, quoted before it. "read" is then a
 * past tense though written as its base form, and reports what comes before it.
 */
export function documentReads(reader: AttributionReader, c: number, verb: ReportingVerb): boolean {
  if (verb.lemma !== 'read') return false;
  const { tokens } = reader;
  const isDocument = (token: Token | undefined): boolean => isLowerWord(token) && documentNouns.has(token.lower);
  if (isDocument(tokens[speakerDeterminers.has(tokens[c + 1]?.lower ?? '') ? c + 2 : c + 1])) return followsQuotation(reader, c);
  if (!isDocument(tokens[c - 1])) return false;
  return followsQuotation(reader, speakerDeterminers.has(tokens[c - 2]?.lower ?? '') ? c - 2 : c - 1);
}

/** Whether the words before token `k` close a quotation, or the clause a comma ends ("…, read the statement"). */
function followsQuotation(reader: AttributionReader, k: number): boolean {
  return reader.tokens[k - 1]?.text === ',' || reader.quoteClosingBefore[k] >= 0;
}
