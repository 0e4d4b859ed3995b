// Chat filter presets on the customers' messenger: the sidebar lists them (through the page state's bridge),
// applying one sets the portal's own filters and marks rows for the extension's extra criteria. Rows that appear
// later (scrolling, re-renders) are judged as they come, through the shared observer. Everything it adds or
// subscribes to hangs on the navigation's signal.
import { defineFeature, onAbort, type FeatureEnv } from '../../feature';
import { send } from '@/lib/protocol/send';
import type { ChatMeta } from '@/lib/protocol/messages';
import type { Preset } from '@/lib/presets/model';
import { hasExtraCriteria } from '@/lib/presets/match';
import { createRowTracker, findFilterControls, pressedFilters, readOpenChat, type ChatRow } from '../../portal/messenger';
import { missingParts } from '../../portal/targets';
import { clearMarks, countMatching, ensureStyle, judgeRows, removeStyle, RISK_ATTRIBUTE, sameFilters, setPortalFilters, type NonMatching } from './apply-preset';
import type { ApplyReport, PresetsBridge } from '../../page-state';
import { createPresetCounts } from './counts';
import { listenForKeys } from './keys';
import { filtersProblem, problemText } from './problems';

export const FEATURE_NAME = 'presets';
/** How long a part may stay missing before the note says so (the portal shows "Loading…" between lists). */
export const REPORT_DELAY_MS = 2000;

/** The preset applied before a client-side navigation inside the messenger (features restart on navigation). */
let remembered: Preset | null = null;

export function forgetRemembered(): void {
  remembered = null;
}

export function startPresets(env: FeatureEnv): void {
  const { state, observer, page, signal, settings } = env;
  let active: Preset | null = null;
  let applySeq = 0;
  let rows: ChatRow[] = [];
  const tracker = createRowTracker(document);
  const meta = new Map<string, ChatMeta>();
  const metaAsked = new Set<string>();
  const counts = createPresetCounts(env, { rows: () => rows, meta });
  const mode = (): NonMatching => settings.prefs?.nonMatchingRows ?? 'dim';
  const judge = (judged: readonly ChatRow[]) => active && judgeRows(judged, active, { mode: mode(), meta });

  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  onAbort(signal, () => clearTimeout(reportTimer));
  const report = (parts: string[]) => {
    clearTimeout(reportTimer);
    if (parts.length === 0) state.reportUnrecognised(FEATURE_NAME, []);
    else reportTimer = setTimeout(() => state.reportUnrecognised(FEATURE_NAME, parts), REPORT_DELAY_MS);
  };

  const askMeta = () => {
    if (!counts.fromApi() || !active || !hasExtraCriteria(active)) return;
    const ids = rows.map((r) => r.chatId).filter((id): id is string => id !== null && !metaAsked.has(id)).slice(0, 500);
    if (ids.length === 0) return;
    for (const id of ids) metaAsked.add(id);
    send<'getChatMeta'>({ type: 'getChatMeta', chatIds: ids }).then(
      (found) => {
        if (signal.aborted) return;
        for (const [id, m] of Object.entries(found)) meta.set(id, m);
        judge(rows);
        counts.update();
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
      judge(rows);
      askMeta();
    }
    counts.update();
  };

  const bridge: PresetsBridge = {
    async apply(preset) {
      const mine = ++applySeq;
      active = preset;
      remembered = preset;
      clearMarks(document);
      ensureStyle(document);
      state.set({ appliedPresetId: preset.id, presetsProblem: null });
      const result = await setPortalFilters(preset.filters, { stillWanted: () => mine === applySeq && !signal.aborted });
      const report: ApplyReport = { missing: result.missing, stuck: result.stuck, rows: 0, matching: 0 };
      if (mine !== applySeq || signal.aborted) return report;
      scan();
      report.rows = rows.length;
      report.matching = countMatching(rows, preset, meta);
      const failed = [...result.missing, ...result.stuck];
      if (failed.length > 0) state.set({ presetsProblem: filtersProblem(failed) });
      return report;
    },
    clear() {
      applySeq++;
      active = null;
      remembered = null;
      clearMarks(document);
      state.set({ appliedPresetId: null });
      counts.update();
    },
    async replace(presets) {
      if (signal.aborted) return;
      state.set({ presets, presetsProblem: null, ...(counts.fromApi() ? {} : { presetCounts: counts.onPage(presets), countsSource: 'page' as const }) });
      if (active) {
        // An edited preset applies its new criteria; a deleted one stops applying.
        const fresh = presets.find((p) => p.id === active?.id) ?? null;
        if (!fresh) bridge.clear();
        else if (JSON.stringify(fresh) !== JSON.stringify(active)) await bridge.apply(fresh);
      }
      if (counts.fromApi()) await counts.refresh();
    },
  };
  onAbort(signal, () => {
    applySeq++;
    clearMarks(document);
    removeStyle(document);
    state.reportUnrecognised(FEATURE_NAME, []);
    state.set({ presetsBridge: null, appliedPresetId: null, presetCounts: {}, presetsProblem: null });
  });

  listenForKeys(env, (n) => {
    const preset = state.get().presets?.[n - 1];
    if (preset) void bridge.apply(preset);
    return Boolean(preset);
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
        counts.update();
      }
      return;
    }
    const fresh = new Set(added.map((r) => r.el));
    rows = rows.filter((r) => r.el.isConnected && !fresh.has(r.el)).concat(added);
    if (active) {
      judge(added);
      askMeta();
    }
    counts.update();
  };
  onAbort(signal, observer.onAdded(onBatch));
  // The scam guard marks rows after they appear: a "has a scam warning" preset follows its verdicts.
  onAbort(
    signal,
    observer.onAttributes([RISK_ATTRIBUTE], () => {
      judge(rows.filter((r) => r.el.isConnected));
      counts.update();
    }),
  );

  // The presets once per start; the settings (how non-matching rows show, whether the API counts) as they come.
  let loaded = false;
  void Promise.all([send<'listPresets'>({ type: 'listPresets' }), settings.ready])
    .then(([presets]) => bridge.replace(presets))
    .catch((error: unknown) => {
      if (!signal.aborted) state.set({ presetsProblem: problemText(error) });
    })
    .finally(() => (loaded = true));
  let seen = { mode: mode(), api: counts.fromApi() };
  settings.onChange(() => {
    const now = { mode: mode(), api: counts.fromApi() };
    if (loaded && now.mode !== seen.mode) judge(rows.filter((r) => r.el.isConnected));
    if (loaded && now.api !== seen.api) void counts.refresh();
    seen = now;
  }, signal);
}

export default defineFeature({
  name: FEATURE_NAME,
  appliesTo: (page) => page.kind === 'messenger' && page.group === 'customers_v2',
  start: startPresets,
});
