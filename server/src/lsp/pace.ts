// When to analyse a document after an edit: at once when the edit comes after a pause, after a
// quiet spell when edits come in quick succession (typing), so a burst costs one or two analyses
// and a lone edit does not wait.
//
// "Quick succession" is measured on the server's clock with the time the server spent analysing in
// between taken out: a keystroke that reached the server while an analysis ran is only read when
// the analysis ends, so its raw distance from the previous edit says nothing about the typist.

interface LastEdit {
  /** When the server read the edit (ms, clock.ts nowMs()). */
  at: number;
  /** The server's analysis time so far when it read the edit. */
  busy: number;
  /** Whether the edit came in quick succession after the one before. */
  burst: boolean;
}

export class EditPace {
  private readonly edits = new Map<string, LastEdit>();

  /**
   * Records a change of the document's content (opening it included). `window` is how close two
   * edits must be to count as typing: the debounce, stretched for documents slower to analyse.
   */
  changed(uri: string, now: number, busy: number, window: number): void {
    const last = this.edits.get(uri);
    const burst = last !== undefined && now - last.at - (busy - last.busy) < window;
    this.edits.set(uri, { at: now, busy, burst });
  }

  /** How long to wait before analysing the document's current text: 0 after a lone edit. */
  delay(uri: string, now: number, window: number): number {
    const last = this.edits.get(uri);
    if (!last?.burst) return 0;
    return Math.max(0, last.at + window - now);
  }

  forget(uri: string): void {
    this.edits.delete(uri);
  }
}

/** The quiet spell that ends a burst: the debounce, or as long as the last analysis took (up to 2 s). */
export function quietWindow(debounceMs: number, lastAnalysisMs: number): number {
  return Math.max(debounceMs, Math.min(2000, Math.round(lastAnalysisMs)));
}
