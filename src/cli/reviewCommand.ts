// `sourcelens review FILE`: analyses one document, applies its review file and prints the review report (md or csv).
import { promises as fs } from 'fs';
import * as path from 'path';
import { analyze } from '../analysis';
import type { AnalyzeOptions } from '../analysis/types';
import { reviewCsv, reviewMarkdown } from '../export/review';
import { DocumentReadError, readDocument } from './io/readDocument';
import { applyReview, emptyReview, type Review } from '../review';
import { CorrectionsError, CorrectionsResolver } from './corrections';
import { defaultMemoryBytes, documentLimitBytes } from './limits';
import { shown, type ReviewCommand } from './options';
import type { CliOutput } from './output';
import { findReviewFile, readReviewFile, ReviewFileError } from './review';

export interface ReviewIo {
  stdout: CliOutput;
  stderr: CliOutput;
}

/** Runs `sourcelens review`; resolves to the exit status (1 when the document or its review cannot be read). */
export async function runReview(command: ReviewCommand, io: ReviewIo): Promise<number> {
  const report = (file: string, message: string): void => {
    io.stderr.write(`sourcelens: ${shown(file)}: ${shown(message)}\n`);
  };
  let text: string;
  try {
    text = (await readDocument(command.path, { maxBytes: documentLimitBytes(defaultMemoryBytes()) })).text;
  } catch (error) {
    if (!(error instanceof DocumentReadError)) throw error;
    report(command.path, error.reason);
    return 1;
  }
  let failed = false;
  const corrections = new CorrectionsResolver(
    { useSettings: command.useSettings },
    {
      warning: (file, message) => report(file, `warning: ${message}`),
      note: () => undefined,
      failed: (error: CorrectionsError) => {
        failed = true;
        report(error.file, `cannot use these settings (${error.message}); their corrections are not applied`);
      },
    },
  );
  const options: AnalyzeOptions = { document: command.path, ...(await corrections.forInput(command.path)) };
  if (command.documentDate !== undefined) options.documentDate = command.documentDate;
  let review: Review;
  const file = command.reviewFile ?? (await findReviewFile(command.path));
  if (file === undefined) {
    report(command.path, 'no review file found (the editor keeps it as .sourcelens/reviews/<path>.json); every claim is unchecked');
    review = emptyReview(command.path);
  } else {
    try {
      review = await readReviewFile(file);
    } catch (error) {
      if (!(error instanceof ReviewFileError)) throw error;
      report(error.file, `line ${error.line}: ${error.message}`);
      return 1;
    }
  }
  const reviewed = applyReview(analyze(text, options), review, text);
  const output = command.format === 'csv' ? reviewCsv(reviewed) : reviewMarkdown(reviewed);
  if (command.outFile === undefined) {
    io.stdout.write(output);
  } else {
    const out = path.resolve(command.outFile);
    if (out === path.resolve(command.path) || (file !== undefined && out === path.resolve(file))) {
      report(command.outFile, 'is the document or its review; choose another output file');
      return 2;
    }
    await fs.writeFile(command.outFile, output);
  }
  return failed ? 1 : 0;
}
