// What the content script's features tell the sidebar: which parts of the page they could not recognise, how many
// dialogues look suspicious, which preset is applied. A tiny store; the sidebar subscribes, features write.
export interface PageState {
  /** Per feature: the parts of the page it looked for and could not find (shown as a note in the sidebar). */
  unrecognised: Record<string, readonly string[]>;
  /** Dialogues in the list judged warn or danger by the scam guard. */
  suspicious: number;
  /** Rows of the chat list seen on the page (for preset counts in DOM-only mode). */
  appliedPresetId: string | null;
}

type Listener = (state: PageState) => void;

export function createPageState() {
  let state: PageState = { unrecognised: {}, suspicious: 0, appliedPresetId: null };
  const listeners = new Set<Listener>();
  return {
    get: (): PageState => state,
    set(patch: Partial<PageState>): void {
      state = { ...state, ...patch };
      for (const listener of listeners) listener(state);
    },
    /** A feature reports its unrecognised parts (an empty list clears its note). */
    reportUnrecognised(feature: string, parts: readonly string[]): void {
      const current = state.unrecognised[feature] ?? [];
      if (current.length === parts.length && current.every((p, i) => p === parts[i])) return;
      this.set({ unrecognised: { ...state.unrecognised, [feature]: parts } });
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type PageStateStore = ReturnType<typeof createPageState>;
