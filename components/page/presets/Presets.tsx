// The sidebar's presets section on the customers' messenger: apply (click or Alt+1…9), counts, create, rename/edit,
// reorder and delete — each on a person's click only (entrypoints/seller.content/trusted-input.ts). The list lives in the page state (the presets feature loads it); changes go to the
// background, whose answer (the new list) replaces it: nothing is asked again.
import { useState } from 'preact/hooks';
import { send, RequestError } from '@/lib/protocol/send';
import { t, type Lang } from '@/lib/i18n';
import { shownPresetName, type Preset } from '@/lib/presets/model';
import type { PageState, PageStateStore } from '../../../entrypoints/seller.content/page-state';
import { PresetEditor } from './PresetEditor';
import { personOnly } from '../../../entrypoints/seller.content/trusted-input';

export interface PresetsProps {
  lang: Lang;
  state: PageStateStore;
  pageState: PageState;
}

function errorText(error: unknown, lang: Lang): string {
  if (error instanceof RequestError) return error.in(lang);
  return t(lang, 'errorGeneric', { message: error instanceof Error ? error.message : String(error) });
}

const newPreset = (lang: Lang): Preset => ({ id: `user-${Date.now().toString(36)}`, name: t(lang, 'presetUntitled'), filters: [], extra: {} });

export function Presets({ lang, state, pageState }: PresetsProps) {
  const [editing, setEditing] = useState<Preset | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const bridge = pageState.presetsBridge;
  const presets = pageState.presets;

  // One request, one write: the background answers with the new list, which the page shows as it is.
  const update = async (request: Promise<Preset[]>): Promise<string | null> => {
    try {
      const list = await request;
      setError(null);
      if (bridge) await bridge.replace(list);
      else state.set({ presets: list });
      return null;
    } catch (e) {
      const text = errorText(e, lang);
      setError(text);
      return text;
    }
  };

  const save = async (preset: Preset): Promise<string | null> => {
    const refused = await update(send<'savePreset'>({ type: 'savePreset', preset }));
    if (refused === null) setEditing(null);
    return refused;
  };

  const move = (index: number, by: -1 | 1) => {
    if (!presets) return;
    const ids = presets.map((p) => p.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    void update(send<'reorderPresets'>({ type: 'reorderPresets', ids }));
  };

  const remove = (preset: Preset) => {
    if (confirmDelete !== preset.id) {
      setConfirmDelete(preset.id);
      return;
    }
    setConfirmDelete(null);
    void update(send<'deletePreset'>({ type: 'deletePreset', id: preset.id }));
  };

  const count = (preset: Preset) => {
    const n = pageState.presetCounts[preset.id];
    if (n === null || n === undefined) return null;
    const title = t(lang, pageState.countsSource === 'api' ? 'presetCountApi' : 'presetCountPage', { count: n });
    return (
      <span class="sk-count" title={title} aria-label={title} data-count-source={pageState.countsSource}>
        {n}
      </span>
    );
  };

  const problem = pageState.presetsProblem?.[lang] ?? null;

  return (
    <section class="sk-presets" aria-labelledby="sk-presets-title">
      <div class="sk-header">
        <h3 id="sk-presets-title" class="sk-subtitle">
          {t(lang, 'presetsTitle')}
        </h3>
        {pageState.appliedPresetId && (
          <button type="button" class="sk-link" onClick={personOnly(() => bridge?.clear())}>
            {t(lang, 'presetClear')}
          </button>
        )}
      </div>
      {problem && (
        <p class="sk-error" role="alert">
          {problem}
        </p>
      )}
      {error && (
        <p class="sk-error" role="alert">
          {error}
        </p>
      )}
      {presets === null ? (
        <p class="sk-muted">{t(lang, 'presetsLoading')}</p>
      ) : presets.length === 0 ? (
        <p class="sk-muted">{t(lang, 'presetsNoneYet')}</p>
      ) : (
        <ol class="sk-preset-list">
          {presets.map((preset, index) => {
            const name = shownPresetName(preset, lang);
            const applied = pageState.appliedPresetId === preset.id;
            if (editing?.id === preset.id) {
              return (
                <li key={preset.id}>
                  <PresetEditor lang={lang} initial={preset} shownName={name} onSave={save} onCancel={() => setEditing(null)} />
                </li>
              );
            }
            return (
              <li key={preset.id} class={applied ? 'sk-preset sk-applied' : 'sk-preset'} data-preset-id={preset.id}>
                <button
                  type="button"
                  class="sk-preset-apply"
                  aria-pressed={applied}
                  title={t(lang, 'presetApplyTitle', { name })}
                  onClick={personOnly(() => void bridge?.apply(preset))}
                >
                  {index < 9 && <kbd>{index + 1}</kbd>}
                  <span class="sk-preset-name">{name}</span>
                  {count(preset)}
                </button>
                <span class="sk-preset-tools">
                  <button type="button" aria-label={`${t(lang, 'presetMoveUp')}: ${name}`} title={t(lang, 'presetMoveUp')} disabled={index === 0} onClick={personOnly(() => move(index, -1))}>
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`${t(lang, 'presetMoveDown')}: ${name}`}
                    title={t(lang, 'presetMoveDown')}
                    disabled={index === presets.length - 1}
                    onClick={personOnly(() => move(index, 1))}
                  >
                    ↓
                  </button>
                  <button type="button" aria-label={`${t(lang, 'edit')}: ${name}`} title={t(lang, 'edit')} onClick={personOnly(() => setEditing(preset))}>
                    ✎
                  </button>
                  <button
                    type="button"
                    aria-label={`${t(lang, 'delete')}: ${name}`}
                    title={confirmDelete === preset.id ? t(lang, 'presetDeleteConfirm', { name }) : t(lang, 'delete')}
                    class={confirmDelete === preset.id ? 'sk-danger' : undefined}
                    onClick={personOnly(() => remove(preset))}
                  >
                    ×
                  </button>
                </span>
                {confirmDelete === preset.id && <p class="sk-note">{t(lang, 'presetDeleteConfirm', { name })}</p>}
              </li>
            );
          })}
        </ol>
      )}
      {editing && !presets?.some((p) => p.id === editing.id) ? (
        <PresetEditor lang={lang} initial={editing} shownName={editing.name} onSave={save} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" class="sk-new" onClick={personOnly(() => setEditing(newPreset(lang)))}>
          + {t(lang, 'presetNew')}
        </button>
      )}
      <p class="sk-muted sk-hint">{t(lang, 'presetsHotkeysHint')}</p>
    </section>
  );
}
