// Presets: the same rules and conflict messages as the sidebar (presetProblems / describeProblem).
import { useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/protocol/send';
import { t, type Lang } from '@/lib/i18n';
import { describeProblem, PORTAL_FILTERS, presetProblems, shownPresetName, type PortalFilter, type Preset } from '@/lib/presets';
import { filterLabel } from '@/lib/presets/filter-label';
import { Checkbox, Confirm, FieldError, FormButtons, SectionStatus, TextField, type Status } from './fields';
import { errorText, newId } from './util';

interface Draft {
  id: string;
  builtin?: boolean;
  name: string;
  /** The stored name and the name shown for it: an untouched translated built-in name keeps its stored form. */
  storedName: string;
  shownName: string;
  filters: PortalFilter[];
  waitingOverHours: string;
  hasScamWarning: boolean;
  textContains: string;
  sku: string;
  orderNumber: string;
}

function toDraft(preset: Preset | null, lang: Lang): Draft {
  return {
    id: preset?.id ?? newId('preset'),
    ...(preset?.builtin ? { builtin: true } : {}),
    name: preset ? shownPresetName(preset, lang) : '',
    storedName: preset?.name ?? '',
    shownName: preset ? shownPresetName(preset, lang) : '',
    filters: [...(preset?.filters ?? [])],
    waitingOverHours: preset?.extra.waitingOverHours === undefined ? '' : String(preset.extra.waitingOverHours),
    hasScamWarning: preset?.extra.hasScamWarning ?? false,
    textContains: preset?.extra.textContains ?? '',
    sku: preset?.extra.sku ?? '',
    orderNumber: preset?.extra.orderNumber ?? '',
  };
}

/** The candidate to check and save; empty optional fields are left out. A number field that is not a number stays a string so the schema names it. */
export function fromDraft(draft: Draft): unknown {
  const hours = draft.waitingOverHours.trim();
  return {
    id: draft.id,
    ...(draft.builtin ? { builtin: true } : {}),
    name: draft.storedName && draft.name === draft.shownName ? draft.storedName : draft.name.trim(),
    filters: PORTAL_FILTERS.filter((f) => draft.filters.includes(f)),
    extra: {
      ...(hours ? { waitingOverHours: Number.isFinite(Number(hours)) ? Number(hours) : hours } : {}),
      ...(draft.hasScamWarning ? { hasScamWarning: true } : {}),
      ...(draft.textContains.trim() ? { textContains: draft.textContains.trim() } : {}),
      ...(draft.sku.trim() ? { sku: draft.sku.trim() } : {}),
      ...(draft.orderNumber.trim() ? { orderNumber: draft.orderNumber.trim() } : {}),
    },
  };
}

const FIELD_IDS: Record<string, string> = {
  name: 'preset-name',
  'extra.waitingOverHours': 'preset-waiting',
  'extra.textContains': 'preset-text',
  'extra.sku': 'preset-sku',
  'extra.orderNumber': 'preset-order',
};

export function PresetsSection({ lang }: { lang: Lang }) {
  const [presets, setPresets] = useState<Preset[]>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [isNew, setIsNew] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);

  const run = async (action: () => Promise<Preset[]>, ok: string) => {
    try {
      setPresets(await action());
      setStatus({ kind: 'ok', text: ok });
      return true;
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error, lang) });
      return false;
    }
  };
  useEffect(() => {
    send<'listPresets'>({ type: 'listPresets' }).then(setPresets, (e: unknown) => setStatus({ kind: 'error', text: errorText(e, lang) }));
  }, []);

  const problems = draft ? presetProblems(fromDraft(draft)) : [];
  const conflicts = problems.filter((x) => x.kind === 'conflict');
  const invalid = new Map(problems.flatMap((x) => (x.kind === 'invalid' ? [[x.field.replace(/^filters\.\d+$/, 'filters'), describeProblem(x, lang)] as const] : [])));
  const fieldError = (field: string) => (submitted || field !== 'name' ? invalid.get(field) : undefined);
  const nameError = submitted && !draft?.name.trim() ? t(lang, 'fieldRequired') : fieldError('name');

  const save = async (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    if (!draft || problems.length) return;
    const saved = await run(() => send<'savePreset'>({ type: 'savePreset', preset: fromDraft(draft) }), t(lang, 'saved'));
    if (saved) setDraft(null);
  };

  const move = (index: number, by: -1 | 1) => {
    const ids = presets.map((x) => x.id);
    const target = index + by;
    if (target < 0 || target >= ids.length) return;
    [ids[index], ids[target]] = [ids[target]!, ids[index]!];
    void run(() => send<'reorderPresets'>({ type: 'reorderPresets', ids }), t(lang, 'saved'));
  };

  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => draft && setDraft({ ...draft, [key]: value });
  const toggleFilter = (filter: PortalFilter, on: boolean) =>
    draft && setDraft({ ...draft, filters: on ? [...draft.filters, filter] : draft.filters.filter((f) => f !== filter) });

  return (
    <section id="presets" aria-labelledby="presets-title">
      <h2 id="presets-title">{t(lang, 'presetsTitle')}</h2>
      <p class="hint">{t(lang, 'presetsHint')}</p>
      {presets.length === 0 && <p class="hint">{t(lang, 'presetsEmpty')}</p>}
      <ol class="cards">
        {presets.map((preset, index) => {
          const name = shownPresetName(preset, lang);
          const filters = preset.filters.map((f) => filterLabel(f, lang)).join(t(lang, 'listSeparator'));
          return (
            <li key={preset.id} class="card" data-preset-id={preset.id}>
              <strong>{name}</strong>
              <div class="hint">{filters || t(lang, 'presetNoFilters')}</div>
              <div class="actions">
                <button type="button" onClick={() => move(index, -1)} disabled={index === 0} aria-label={t(lang, 'moveUpNamed', { name })}>
                  ↑
                </button>{' '}
                <button type="button" onClick={() => move(index, 1)} disabled={index === presets.length - 1} aria-label={t(lang, 'moveDownNamed', { name })}>
                  ↓
                </button>{' '}
                <button type="button" onClick={() => (setDraft(toDraft(preset, lang)), setIsNew(false), setSubmitted(false))} aria-label={t(lang, 'editNamed', { name })}>
                  {t(lang, 'edit')}
                </button>{' '}
                <button type="button" class="danger" onClick={() => setConfirming(preset.id)} aria-label={t(lang, 'deleteNamed', { name })}>
                  {t(lang, 'delete')}
                </button>
              </div>
              {confirming === preset.id && (
                <Confirm
                  question={t(lang, 'deletePresetConfirm', { name })}
                  yes={t(lang, 'deleteConfirmYes')}
                  no={t(lang, 'cancel')}
                  onYes={() => (setConfirming(null), void run(() => send<'deletePreset'>({ type: 'deletePreset', id: preset.id }), t(lang, 'deleted')))}
                  onNo={() => setConfirming(null)}
                />
              )}
            </li>
          );
        })}
      </ol>
      {!draft && (
        <button type="button" onClick={() => (setDraft(toDraft(null, lang)), setIsNew(true), setSubmitted(false))}>
          {t(lang, 'newPreset')}
        </button>
      )}
      {draft && (
        <form onSubmit={save} noValidate aria-labelledby="preset-form-title">
          <h3 id="preset-form-title">{isNew ? t(lang, 'newPreset') : t(lang, 'editPresetTitle')}</h3>
          <TextField id="preset-name" label={t(lang, 'presetName')} value={draft.name} onInput={set('name')} error={nameError} maxLength={60} />
          <fieldset aria-describedby={conflicts.length ? 'preset-filters-error' : undefined}>
            <legend>{t(lang, 'presetFilters')}</legend>
            {PORTAL_FILTERS.map((filter) => (
              <Checkbox
                key={filter}
                id={`preset-filter-${filter}`}
                label={filterLabel(filter, lang)}
                checked={draft.filters.includes(filter)}
                onChange={(on) => toggleFilter(filter, on)}
              />
            ))}
            {conflicts.length > 0 && (
              <div class="field-error" id="preset-filters-error" role="alert">
                {conflicts.map((c) => (
                  <p key={describeProblem(c, 'en')}>{describeProblem(c, lang)}</p>
                ))}
              </div>
            )}
          </fieldset>
          <fieldset>
            <legend>{t(lang, 'presetExtra')}</legend>
            <TextField id="preset-waiting" label={t(lang, 'presetWaitingOver')} value={draft.waitingOverHours} onInput={set('waitingOverHours')} error={fieldError('extra.waitingOverHours')} />
            <Checkbox id="preset-scam" label={t(lang, 'presetScamOnly')} checked={draft.hasScamWarning} onChange={set('hasScamWarning')} />
            <TextField id="preset-text" label={t(lang, 'presetTextContains')} value={draft.textContains} onInput={set('textContains')} error={fieldError('extra.textContains')} maxLength={100} />
            <TextField id="preset-sku" label={t(lang, 'presetSku')} value={draft.sku} onInput={set('sku')} error={fieldError('extra.sku')} />
            <TextField id="preset-order" label={t(lang, 'presetOrderNumber')} value={draft.orderNumber} onInput={set('orderNumber')} error={fieldError('extra.orderNumber')} />
          </fieldset>
          {[...invalid.keys()].filter((k) => !(k in FIELD_IDS)).map((k) => (
            <FieldError key={k} id={`preset-${k}`} error={invalid.get(k)} />
          ))}
          <FormButtons submit={t(lang, 'savePreset')} cancel={t(lang, 'cancel')} onCancel={() => setDraft(null)} />
        </form>
      )}
      <SectionStatus status={status} />
    </section>
  );
}
