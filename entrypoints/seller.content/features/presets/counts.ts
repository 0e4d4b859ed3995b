// The sidebar's counts per preset: from the synced chats when a store is connected (the background counts), else
// from the rows on the page, for the presets whose portal filters are the ones pressed now (unknown for the others).
import type { ChatMeta } from '@/lib/protocol/messages';
import type { Preset } from '@/lib/presets/model';
import { send } from '@/lib/protocol/send';
import { findFilterControls, pressedFilters, type ChatRow } from '../../portal/messenger';
import type { FeatureEnv } from '../../feature';
import { countMatching, sameFilters } from './apply-preset';

export interface CountsSource {
  rows(): readonly ChatRow[];
  meta: ReadonlyMap<string, ChatMeta>;
}

export interface PresetCounts {
  /** Whether the counts (and the rows' waiting times) come from the synced chats. */
  fromApi(): boolean;
  /** The page's counts for a list of presets (what `update` writes). */
  onPage(presets: readonly Preset[]): Record<string, number | null>;
  /** Writes the page's counts (nothing while the background counts). */
  update(): void;
  /** Asks the background for its counts, or writes the page's. */
  refresh(): Promise<void>;
}

export function createPresetCounts({ state, settings, signal }: Pick<FeatureEnv, 'state' | 'settings' | 'signal'>, source: CountsSource): PresetCounts {
  /** The background could not count for this page: the page counts from now on. */
  let apiFailed = false;
  const fromApi = () => !apiFailed && (settings.status?.apiAvailable ?? false);

  const onPage = (presets: readonly Preset[]) => {
    const pressed = pressedFilters(findFilterControls(document));
    const counts: Record<string, number | null> = {};
    for (const p of presets) counts[p.id] = sameFilters(p.filters, pressed) ? countMatching(source.rows(), p, source.meta) : null;
    return counts;
  };

  const update = () => {
    if (!fromApi()) state.set({ presetCounts: onPage(state.get().presets ?? []), countsSource: 'page' });
  };

  const refresh = async () => {
    if (!fromApi()) return update();
    try {
      const counts = await send<'presetCounts'>({ type: 'presetCounts' });
      if (signal.aborted) return;
      state.set({ presetCounts: Object.fromEntries(counts.map((c) => [c.presetId, c.count])), countsSource: 'api' });
    } catch {
      apiFailed = true;
      if (!signal.aborted) update();
    }
  };

  return { fromApi, onPage, update, refresh };
}
