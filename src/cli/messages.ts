// What the commands say about one document on standard error: `sourcelens: FILE: message`, notes left out with --quiet.
import type { CorrectionsError, CorrectionsReport } from './corrections';
import { shown } from './options';
import type { CliOutput } from './output';

export class DocumentMessages {
  /** `beforeWrite` clears what the terminal shows on the line (a progress line) before a message is written. */
  constructor(
    private readonly stderr: CliOutput,
    private readonly quiet: boolean,
    private readonly beforeWrite?: () => void,
  ) {}

  report(documentPath: string, message: string): void {
    this.beforeWrite?.();
    this.stderr.write(`sourcelens: ${shown(documentPath)}: ${shown(message)}\n`);
  }

  /** Information only: left out with --quiet. */
  note(documentPath: string, text: string): void {
    if (!this.quiet) this.report(documentPath, `note: ${text}`);
  }

  /** What the corrections resolver reports; `onFailure` learns that a settings file could not be used. */
  correctionsReport(onFailure: () => void): CorrectionsReport & { failed(error: CorrectionsError): void } {
    return {
      warning: (file, text) => this.report(file, `warning: ${text}`),
      note: (file, text) => this.note(file, text),
      failed: (error) => {
        onFailure();
        this.report(error.file, `cannot use these settings (${error.message}); their corrections are not applied`);
      },
    };
  }
}
