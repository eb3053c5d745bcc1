// Builds a long document (books, transcripts, a day of wire copy) deterministically from the sample articles.
import * as fs from 'fs';
import * as path from 'path';
import { sampleFolders } from './workspace';

/** Paragraphs of the sample documents, in a stable order. */
function sampleParagraphs(): string[] {
  const paragraphs: string[] = [];
  for (const folder of sampleFolders) {
    if (!fs.existsSync(folder)) continue;
    for (const name of fs.readdirSync(folder).filter((entry) => entry.endsWith('.txt')).sort()) {
      const text = fs.readFileSync(path.join(folder, name), 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '');
      paragraphs.push(...text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean));
    }
  }
  return paragraphs;
}

/**
 * About `targetChars` characters of news prose under one date header: numbered parts whose paragraphs are the
 * samples' in a rotated order, so neighbouring parts differ and nothing is identical by accident.
 */
export function largeDocument(targetChars: number): string {
  const paragraphs = sampleParagraphs();
  if (paragraphs.length === 0) throw new Error('no sample documents to build a large document from');
  const pieces: string[] = [' date 2023-03-17 Collected reports.'];
  let length = pieces[0]?.length ?? 0;
  for (let part = 1; length < targetChars; part++) {
    const heading = `Part ${part}.`;
    pieces.push(heading);
    length += heading.length + 2;
    for (let index = 0; index < paragraphs.length && length < targetChars; index++) {
      const paragraph = paragraphs[(index + part * 7) % paragraphs.length] ?? '';
      pieces.push(paragraph);
      length += paragraph.length + 2;
    }
  }
  return `${pieces.join('\n\n')}\n`;
}
