// Creating or editing one preset: the portal's filters (forbidden pairs are named before anything is sent) and the
// extension's extra criteria. Saving goes through the background, which checks the pairs again.
import { useState } from 'preact/hooks';
import { t, type Lang } from '@/lib/i18n';
import { describeProblem, presetProblems, type Preset } from '@/lib/presets/model';
import { PORTAL_FILTERS, type PortalFilter } from '@/lib/presets/filters';
import { filterLabel } from '@/lib/presets/filter-label';
import { personOnly } from '../../../entrypoints/seller.content/trusted-input';

export interface PresetEditorProps {
  lang: Lang;
  initial: Preset;
  /** The name as the list shows it (a built-in preset's translated name). */
  shownName: string;
  /** Sends the preset; resolves to an error text to show, or null when saved. */
  onSave(preset: Preset): Promise<string | null>;
  onCancel(): void;
}

/** The preset the form describes (empty fields left out, so the schema sees only what the user set). */
export function presetFromForm(base: Preset, form: PresetForm, shownName = base.name): Preset {
  const extra: Preset['extra'] = {};
  const hours = form.waiting.trim();
  if (hours !== '') extra.waitingOverHours = Number(hours);
  if (form.scam) extra.hasScamWarning = true;
  if (form.text.trim()) extra.textContains = form.text.trim();
  if (form.sku.trim()) extra.sku = form.sku.trim();
  if (form.order.trim()) extra.orderNumber = form.order.trim();
  // A built-in preset left with its translated name keeps its stored name, so it stays translated.
  const name = base.builtin && form.name.trim() === shownName ? base.name : form.name.trim();
  const preset: Preset = { id: base.id, name, filters: PORTAL_FILTERS.filter((f) => form.filters.includes(f)), extra };
  // A built-in preset keeps its flag: its translated name shows until the user renames it.
  if (base.builtin) preset.builtin = true;
  return preset;
}

export interface PresetForm {
  name: string;
  filters: PortalFilter[];
  waiting: string;
  scam: boolean;
  text: string;
  sku: string;
  order: string;
}

export function formOf(preset: Preset, shownName: string): PresetForm {
  return {
    name: shownName,
    filters: [...preset.filters],
    waiting: preset.extra.waitingOverHours === undefined ? '' : String(preset.extra.waitingOverHours),
    scam: preset.extra.hasScamWarning === true,
    text: preset.extra.textContains ?? '',
    sku: preset.extra.sku ?? '',
    order: preset.extra.orderNumber ?? '',
  };
}

export function PresetEditor({ lang, initial, shownName, onSave, onCancel }: PresetEditorProps) {
  const [form, setForm] = useState<PresetForm>(() => formOf(initial, shownName));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const candidate = presetFromForm(initial, form, shownName);
  const problems = presetProblems(candidate);
  const conflicts = problems.filter((p) => p.kind === 'conflict');
  // Functional updates: several inputs may fire before the next render.
  const field = (key: keyof PresetForm) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    setForm((f) => ({ ...f, [key]: value }));
  };
  const id = (name: string) => `sk-preset-${initial.id}-${name}`;

  // Saved by the submit button's click, a person's only: a person's Enter in a field makes the browser click the
  // default button (trusted), while a script's `form.requestSubmit()` fires a *trusted* `submit` event, so `submit`
  // itself saves nothing (entrypoints/seller.content/trusted-input.ts).
  const save = async (event: Event) => {
    event.preventDefault();
    const form = (event.currentTarget as HTMLButtonElement).form;
    if (form && !form.reportValidity()) return;
    if (problems.length > 0) {
      setError(problems.map((p) => describeProblem(p, lang)).join(' '));
      return;
    }
    setBusy(true);
    const refused = await onSave(candidate);
    setBusy(false);
    setError(refused);
  };

  return (
    <form class="sk-editor" onSubmit={(event) => event.preventDefault()} aria-label={form.name || t(lang, 'presetNew')}>
      <label for={id('name')}>{t(lang, 'presetNameShort')}</label>
      <input id={id('name')} value={form.name} maxLength={60} required onInput={field('name')} />
      <fieldset>
        <legend>{t(lang, 'presetPortalFilters')}</legend>
        {PORTAL_FILTERS.map((filter) => (
          <label class="sk-check" key={filter}>
            <input
              type="checkbox"
              checked={form.filters.includes(filter)}
              onChange={(event) => {
                const on = (event.currentTarget as HTMLInputElement).checked;
                setForm((f) => ({ ...f, filters: on ? [...f.filters.filter((x) => x !== filter), filter] : f.filters.filter((x) => x !== filter) }));
              }}
            />
            {filterLabel(filter, lang)}
          </label>
        ))}
      </fieldset>
      {conflicts.length > 0 && (
        <p class="sk-error" role="alert">
          {conflicts.map((p) => describeProblem(p, lang)).join(' ')}
        </p>
      )}
      <fieldset>
        <legend>{t(lang, 'presetExtra')}</legend>
        <label for={id('waiting')}>{t(lang, 'presetWaiting')}</label>
        <input id={id('waiting')} type="number" min={0} max={720} value={form.waiting} onInput={field('waiting')} />
        <label class="sk-check">
          <input type="checkbox" checked={form.scam} onChange={(e) => {
              const scam = (e.currentTarget as HTMLInputElement).checked;
              setForm((f) => ({ ...f, scam }));
            }} />
          {t(lang, 'presetScam')}
        </label>
        <label for={id('text')}>{t(lang, 'presetText')}</label>
        <input id={id('text')} value={form.text} maxLength={100} onInput={field('text')} />
        <label for={id('sku')}>{t(lang, 'presetSku')}</label>
        <input id={id('sku')} inputMode="numeric" value={form.sku} onInput={field('sku')} />
        <label for={id('order')}>{t(lang, 'presetOrder')}</label>
        <input id={id('order')} placeholder="0128619527-0157" value={form.order} onInput={field('order')} />
      </fieldset>
      {error && (
        <p class="sk-error" role="alert">
          {error}
        </p>
      )}
      <div class="sk-row">
        <button type="submit" disabled={busy || conflicts.length > 0} onClick={personOnly((event) => void save(event))}>
          {busy ? t(lang, 'saving') : t(lang, 'save')}
        </button>
        <button type="button" onClick={personOnly(() => onCancel())}>
          {t(lang, 'cancel')}
        </button>
      </div>
    </form>
  );
}
