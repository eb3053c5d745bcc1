// The engine's evidence for a claim's speaker and its confidence, in words, for the hover card and the review report
// alike. Read defensively: analyses made before the engine reported them carry neither.
import type { Claim } from '../analysis/types';
import { singleLine } from './escape';

const NAME_MAX = 120;

/** What the engine may say about how it found a claim's speaker; read defensively, as older analyses carry none. */
interface EngineEvidence {
  evidence?: unknown;
  confidence?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The engine's evidence in words: its kind, then each mention it went through ("he" line 7 → "Dmitry Peskov" line 5). */
export function evidenceText(claim: Claim): string {
  const evidence = (claim as Claim & EngineEvidence).evidence;
  if (!isRecord(evidence)) return '';
  const parts: string[] = [];
  if (typeof evidence.kind === 'string') parts.push(evidence.kind);
  const mentions: string[] = [];
  for (const value of Object.values(evidence)) {
    if (isRecord(value) && typeof value.text === 'string') {
      mentions.push(`“${singleLine(value.text, NAME_MAX)}”${typeof value.line === 'number' ? ` line ${value.line}` : ''}`);
    }
  }
  if (mentions.length > 0) parts.push(mentions.join(' → '));
  return parts.join(': ');
}

export function confidenceOf(claim: Claim): number | undefined {
  const confidence = (claim as Claim & EngineEvidence).confidence;
  return typeof confidence === 'number' && Number.isFinite(confidence) ? confidence : undefined;
}
