// What the content script's features tell the sidebar: which parts of the page they could not recognise, how many
// dialogues look suspicious, the presets and which one is applied. A tiny store; the sidebar subscribes, features
// write. Features that offer actions to the sidebar (e.g. applying a preset) put a small bridge object here.
import type { Texts } from '@/lib/i18n';
import type { Preset } from '@/lib/presets/model';

/** What applying a preset did on the page. */
export interface ApplyReport {
  /** The portal filters that could not be found on the page. */
  missing: string[];
  /** Filters the portal would not let us press or release (disabled controls, no re-render in time). */
  stuck: string[];
  /** Rows judged against the extra criteria, and how many match. */
  rows: number;
  matching: number;
}

/** What the presets feature offers the sidebar while it runs on a customers' messenger page. */
export interface PresetsBridge {
  apply(preset: Preset): Promise<ApplyReport>;
  /** Removes the extra criteria's marks (the portal's filters stay as they are). */
  clear(): void;
  /**
   * Takes the background's answer to a change made in the sidebar (the whole new list): shows it in one write,
   * re-applies an edited preset, stops a deleted one and brings the counts up to date. Asks nothing again.
   */
  replace(presets: Preset[]): Promise<void>;
}

export interface PageState {
  /** Per feature: the parts of the page it looked for and could not find (shown as a note in the sidebar). */
  unrecognised: Record<string, readonly string[]>;
  /** Dialogues in the list judged warn or danger by the scam guard. */
  suspicious: number;
  appliedPresetId: string | null;
  /** The user's presets in their order (null until loaded). */
  presets: Preset[] | null;
  /** Per preset id: the synced chats matching it ('api') or the rows on the page matching it ('page'); null = unknown. */
  presetCounts: Record<string, number | null>;
  countsSource: 'api' | 'page';
  /** Set while the presets feature runs. */
  presetsBridge: PresetsBridge | null;
  /** The last problem met while applying or loading presets, already in words in every language. */
  presetsProblem: Texts | null;
  /** Shipment rows judged on an orders page: where Contact Customer is offered, and where not (null elsewhere). */
  shipments: { available: number; unavailable: number } | null;
  /** Set while an open customer chat has the quick-reply picker: the sidebar can open it too. */
  quickReplies: { open(): void } | null;
  /**
   * The fail-safe (issue #11): the Customers list's tag could not be read on this layout (most rows show no tag,
   * which the portal guarantees never happens), so the tag rule is paused and the sidebar says so.
   */
  tagUnreadable: boolean;
}

type Listener = (state: PageState) => void;

export function createPageState() {
  let state: PageState = {
    unrecognised: {},
    suspicious: 0,
    appliedPresetId: null,
    presets: null,
    presetCounts: {},
    countsSource: 'page',
    presetsBridge: null,
    presetsProblem: null,
    shipments: null,
    quickReplies: null,
    tagUnreadable: false,
  };
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
