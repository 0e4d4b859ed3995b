// Chat filter presets on the customers' messenger: the sidebar lists them (through the page state's bridge),
// applying one sets the portal's own filters and marks rows for the extension's extra criteria. Rows that appear
// later (scrolling, re-renders) are judged as they come, through the shared observer.
import { defineFeature, type FeatureEnv } from '../../feature';
import { send, RequestError } from '@/lib/protocol/send';
import type { ChatMeta } from '@/lib/protocol/messages';
import type { Preset } from '@/lib/presets/model';
import { hasExtraCriteria } from '@/lib/presets/match';
import { createRowTracker, findFilterControls, pressedFilters, readOpenChat, type ChatRow } from '../../portal/messenger';
import { missingParts } from '../../portal/targets';
import {
  clearMarks,
  countMatching,
  ensureStyle,
  judgeRows,
  removeStyle,
  RISK_ATTRIBUTE,
  sameFilters,
  setPortalFilters,
  type NonMatching,
} from './apply-preset';
import type { ApplyReport, PresetsBridge } from '../../page-state';
import { FILTER_LABELS } from '@/lib/presets/filters';
import { onCommand } from '../../commands';
import { isPersonInput } from '../../trusted-input';

export const FEATURE_NAME = 'presets';
/** How long a part may stay missing before the note says so (the portal shows "Loading…" between lists). */
export const REPORT_DELAY_MS = 2000;

/** The preset applied before a client-side navigation inside the messenger (features restart on navigation). */
let remembered: Preset | null = null;

export function forgetRemembered(): void {
  remembered = null;
}

function problemText(error: unknown): { en: string; ru: string } {
  if (error instanceof RequestError) return { en: error.in('en'), ru: error.in('ru') };
  const message = error instanceof Error ? error.message : String(error);
  return { en: message, ru: message };
}

export function startPresets(env: FeatureEnv): () => void {
  const { state, observer, page } = env;
  let active: Preset | null = null;
  let mode: NonMatching = 'dim';
  let apiAvailable = false;
  let applySeq = 0;
  let stopped = false;
  let rows: ChatRow[] = [];
  const tracker = createRowTracker(document);
  const meta = new Map<string, ChatMeta>();
  const metaAsked = new Set<string>();
  let reportTimer: ReturnType<typeof setTimeout> | undefined;

  const report = (parts: string[]) => {
    clearTimeout(reportTimer);
    if (parts.length === 0) state.reportUnrecognised(FEATURE_NAME, []);
    else reportTimer = setTimeout(() => !stopped && state.reportUnrecognised(FEATURE_NAME, parts), REPORT_DELAY_MS);
  };

  const updatePageCounts = () => {
    if (apiAvailable) return;
    const presets = state.get().presets ?? [];
    const pressed = pressedFilters(findFilterControls(document));
    const counts: Record<string, number | null> = {};
    // Only presets whose portal filters are the ones pressed now can be counted from the rows on the page.
    for (const p of presets) counts[p.id] = sameFilters(p.filters, pressed) ? countMatching(rows, p, meta) : null;
    state.set({ presetCounts: counts, countsSource: 'page' });
  };

  const askMeta = () => {
    if (!apiAvailable || !active || !hasExtraCriteria(active)) return;
    const ids = rows.map((r) => r.chatId).filter((id): id is string => id !== null && !metaAsked.has(id)).slice(0, 500);
    if (ids.length === 0) return;
    for (const id of ids) metaAsked.add(id);
    send<'getChatMeta'>({ type: 'getChatMeta', chatIds: ids }).then(
      (found) => {
        if (stopped) return;
        for (const [id, m] of Object.entries(found)) meta.set(id, m);
        if (active) judgeRows(rows, active, { mode, meta });
        updatePageCounts();
      },
      () => undefined, // DOM-only judgement stays
    );
  };

  /** Finds the rows again and judges them; reports what it could not recognise. */
  const scan = () => {
    const { rows: found, scan: list } = tracker.fullScan();
    rows = found;
    const filters = findFilterControls(document);
    const parts = missingParts(filters.results).concat(
      // An empty list is normal while filters are pressed ("no chats match"): only an unfiltered page must have rows.
      rows.length === 0 && pressedFilters(filters).length > 0 ? [] : missingParts(list.results),
    );
    if (page.kind === 'messenger' && page.chatId) parts.push(...missingParts(readOpenChat(document, page.chatId).results));
    report(parts);
    if (active) {
      judgeRows(rows, active, { mode, meta });
      askMeta();
    }
    updatePageCounts();
  };

  const refreshCounts = async () => {
    try {
      const status = await send<'getStatus'>({ type: 'getStatus' });
      apiAvailable = status.apiAvailable;
      if (apiAvailable) {
        const counts = await send<'presetCounts'>({ type: 'presetCounts' });
        if (stopped) return;
        state.set({ presetCounts: Object.fromEntries(counts.map((c) => [c.presetId, c.count])), countsSource: 'api' });
      } else updatePageCounts();
    } catch {
      apiAvailable = false;
      updatePageCounts();
    }
  };

  const reload = async () => {
    try {
      const [presets, prefs] = await Promise.all([send<'listPresets'>({ type: 'listPresets' }), send<'getPrefs'>({ type: 'getPrefs' })]);
      if (stopped) return;
      mode = prefs.nonMatchingRows;
      state.set({ presets, presetsProblem: null });
      if (active) {
        // An edited preset applies its new criteria; a deleted one stops applying.
        const fresh = presets.find((p) => p.id === active?.id) ?? null;
        if (!fresh) bridge.clear();
        else if (JSON.stringify(fresh) !== JSON.stringify(active)) await bridge.apply(fresh);
      }
      await refreshCounts();
    } catch (error) {
      if (!stopped) state.set({ presetsProblem: problemText(error) });
    }
  };

  const bridge: PresetsBridge = {
    async apply(preset) {
      const mine = ++applySeq;
      active = preset;
      remembered = preset;
      clearMarks(document);
      ensureStyle(document);
      state.set({ appliedPresetId: preset.id, presetsProblem: null });
      const result = await setPortalFilters(preset.filters, { stillWanted: () => mine === applySeq && !stopped });
      const report: ApplyReport = { missing: result.missing, stuck: result.stuck, rows: 0, matching: 0 };
      if (mine !== applySeq || stopped) return report;
      scan();
      report.rows = rows.length;
      report.matching = countMatching(rows, preset, meta);
      const failed = [...result.missing, ...result.stuck];
      if (failed.length > 0) {
        const names = (lang: 'en' | 'ru') => failed.map((f) => `«${FILTER_LABELS[f][lang]}»`).join(', ');
        state.set({
          presetsProblem: {
            en: `Could not set the portal's filter ${names('en')}: the list shows the portal's current filters.`,
            ru: `Не удалось установить фильтр кабинета ${names('ru')}: список показан по текущим фильтрам кабинета.`,
          },
        });
      }
      return report;
    },
    clear() {
      applySeq++;
      active = null;
      remembered = null;
      clearMarks(document);
      state.set({ appliedPresetId: null });
      updatePageCounts();
    },
    reload,
  };

  // Alt+1…9 applies the n-th preset while the page has focus (Chrome allows only 4 suggested command keys).
  const onKey = (event: KeyboardEvent) => {
    // A person's key only: a page script's synthetic keydown must not press the portal's filters.
    if (!isPersonInput(event)) return;
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
    if (!digit) return;
    const preset = state.get().presets?.[Number(digit) - 1];
    if (!preset) return;
    event.preventDefault();
    void bridge.apply(preset);
  };
  window.addEventListener('keydown', onKey, true);

  // A command forwarded by the background (commands "apply-preset-1"…"apply-preset-9").
  const offCommand = onCommand((command) => {
    const n = /^apply-preset-([1-9])$/.exec(command)?.[1];
    const preset = n ? state.get().presets?.[Number(n) - 1] : undefined;
    if (preset) void bridge.apply(preset);
  });

  // Restore the preset across a navigation inside the messenger when the portal kept its filters.
  if (remembered && sameFilters(remembered.filters, pressedFilters(findFilterControls(document)))) {
    active = remembered;
    ensureStyle(document);
    state.set({ appliedPresetId: active.id });
  } else remembered = null;

  state.set({ presetsBridge: bridge });
  // Rows added by scrolling or changed in place are placed by the list's learnt shape: no rescan of the whole list.
  const onBatch = (roots: readonly Element[], removedFrom: readonly Element[]) => {
    const added = tracker.rowsOfBatch(roots, removedFrom);
    // Rows gone with nothing placed in their stead (the list replaced by something else): only a full scan can tell.
    if (added === null || (added.length === 0 && rows.some((r) => !r.el.isConnected))) return scan();
    if (added.length === 0) {
      // Rows removed from the list: the counts follow the page.
      if (removedFrom.length > 0) {
        rows = rows.filter((r) => r.el.isConnected);
        updatePageCounts();
      }
      return;
    }
    const fresh = new Set(added.map((r) => r.el));
    rows = rows.filter((r) => r.el.isConnected && !fresh.has(r.el)).concat(added);
    if (active) {
      judgeRows(added, active, { mode, meta });
      askMeta();
    }
    updatePageCounts();
  };
  const offAdded = observer.onAdded(onBatch);
  // The scam guard marks rows after they appear: a "has a scam warning" preset follows its verdicts.
  const offRisk = observer.onAttributes([RISK_ATTRIBUTE], () => {
    if (active) judgeRows(rows.filter((r) => r.el.isConnected), active, { mode, meta });
    updatePageCounts();
  });
  void reload();

  return () => {
    stopped = true;
    applySeq++;
    clearTimeout(reportTimer);
    offAdded();
    offRisk();
    window.removeEventListener('keydown', onKey, true);
    offCommand();
    clearMarks(document);
    removeStyle(document);
    state.reportUnrecognised(FEATURE_NAME, []);
    state.set({ presetsBridge: null, appliedPresetId: null, presetCounts: {}, presetsProblem: null });
  };
}

export default defineFeature({
  name: FEATURE_NAME,
  appliesTo: (page) => page.kind === 'messenger' && page.group === 'customers_v2',
  start: startPresets,
});
