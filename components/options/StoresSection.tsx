// Stores: add, edit, remove (confirmed), test connection. The Api-Key is shown masked once saved and is never
// filled back into the form: editing keeps it unless a new one is typed.
import { useEffect, useState } from 'preact/hooks';
import { RequestError, send } from '@/lib/protocol/send';
import { t, type Lang, type MessageKey } from '@/lib/i18n';
import type { ConnectionReport, StoreSummary } from '@/lib/protocol/messages';
import { Confirm, FormButtons, SectionStatus, TextField, type Status } from './fields';
import { errorField, errorText } from './util';

interface Draft {
  id?: string;
  name: string;
  clientId: string;
  apiKey: string;
}
type Errors = Partial<Record<'name' | 'clientId' | 'apiKey', string>>;

const EMPTY: Draft = { name: '', clientId: '', apiKey: '' };

export function validateStore(draft: Draft, lang: Lang): Errors {
  const errors: Errors = {};
  if (!draft.name.trim()) errors.name = t(lang, 'fieldRequired');
  else if (draft.name.trim().length > 100) errors.name = t(lang, 'storeNameTooLong');
  if (!draft.clientId.trim()) errors.clientId = t(lang, 'fieldRequired');
  else if (!/^\d{1,20}$/.test(draft.clientId.trim())) errors.clientId = t(lang, 'clientIdInvalid');
  // A new store needs its key; an edited one keeps the saved key when the field stays empty.
  if (!draft.id && !draft.apiKey.trim()) errors.apiKey = t(lang, 'fieldRequired');
  else if (draft.apiKey.trim().length > 200) errors.apiKey = t(lang, 'apiKeyTooLong');
  return errors;
}

function ModeLine({ store, lang }: { store: StoreSummary; lang: Lang }) {
  if (store.modeReason === 'invalid-key') return <span class="mode field-error" data-mode="invalid-key">✗ {t(lang, 'modeInvalidKey')}</span>;
  if (store.mode === 'api') return <span class="mode mode-api" data-mode="api">✓ {t(lang, 'modeApi')}</span>;
  if (store.mode === 'dom-only') return <span class="mode mode-dom" data-mode="dom-only">◐ {t(lang, 'modeDomOnly')}</span>;
  return <span class="mode" data-mode="unknown">? {t(lang, 'modeUnknown')}</span>;
}

export function connectionText(report: ConnectionReport, lang: Lang): { ok: boolean; lines: string[] } {
  if (!report.ok) {
    const code = report.error?.code ?? '';
    const known: Record<string, MessageKey> = {
      'invalid-key': 'testInvalidKey',
      'premium-required': 'testPremiumRequired',
      'rate-limited': 'testRateLimited',
      network: 'testNetwork',
      timeout: 'testNetwork',
      server: 'testServer',
    };
    const key = known[code];
    return { ok: false, lines: [key ? t(lang, key) : t(lang, 'testFailed', { message: report.error?.message ?? code })] };
  }
  const lines = [t(lang, 'connectionOk', { name: report.sellerName || '—', subscription: report.subscription || '—' })];
  if (report.chatApi === 'available') lines.push(t(lang, 'featuresApi'));
  else if (report.chatApi === 'premium-required') lines.push(t(lang, 'featuresDomOnly'));
  else lines.push(t(lang, 'featuresUnknown'));
  return { ok: true, lines };
}

export function StoresSection({ lang, onChange }: { lang: Lang; onChange?: (stores: StoreSummary[]) => void }) {
  const [stores, setStores] = useState<StoreSummary[]>([]);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [reports, setReports] = useState<Record<string, ConnectionReport | 'testing'>>({});
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);

  const reload = async () => {
    try {
      const list = await send<'listStores'>({ type: 'listStores' });
      setStores(list);
      onChange?.(list);
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error, lang) });
    }
  };
  useEffect(() => void reload(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = validateStore(draft, lang);
    setErrors(found);
    if (Object.keys(found).length) return;
    setStatus({ kind: 'busy', text: t(lang, 'saving') });
    try {
      await send<'saveStore'>({
        type: 'saveStore',
        ...(draft.id ? { id: draft.id } : {}),
        name: draft.name.trim(),
        clientId: draft.clientId.trim(),
        ...(draft.apiKey.trim() ? { apiKey: draft.apiKey.trim() } : {}),
      });
      setDraft(EMPTY);
      setStatus({ kind: 'ok', text: t(lang, 'saved') });
      await reload();
    } catch (error) {
      const field = errorField(error);
      if (field === 'name' || field === 'clientId' || field === 'apiKey') {
        setErrors({ [field]: errorText(error, lang) });
        setStatus(null);
      } else setStatus({ kind: 'error', text: errorText(error, lang) });
    }
  };

  const test = async (id: string) => {
    setReports((r) => ({ ...r, [id]: 'testing' }));
    const report = await send<'testConnection'>({ type: 'testConnection', id }).catch(
      // The background answers a refused key with an error, not a report: its code picks the explanation.
      (e: unknown): ConnectionReport => ({ ok: false, chatApi: 'unknown', error: { code: e instanceof RequestError ? e.code : 'internal', message: errorText(e, lang) } }),
    );
    setReports((r) => ({ ...r, [id]: report }));
    await reload();
  };

  const remove = async (id: string) => {
    setConfirming(null);
    try {
      await send<'deleteStore'>({ type: 'deleteStore', id });
      if (draft.id === id) setDraft(EMPTY);
      setStatus({ kind: 'ok', text: t(lang, 'storeRemoved') });
      await reload();
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error, lang) });
    }
  };

  const edit = (store: StoreSummary) => {
    setErrors({});
    setDraft({ id: store.id, name: store.name, clientId: store.clientId, apiKey: '' });
  };

  const editing = draft.id ? stores.find((s) => s.id === draft.id) : undefined;
  const set = (key: 'name' | 'clientId' | 'apiKey') => (value: string) => setDraft({ ...draft, [key]: value });

  return (
    <section id="stores" aria-labelledby="stores-title">
      <h2 id="stores-title">{t(lang, 'storesTitle')}</h2>
      {stores.length === 0 && <p class="hint">{t(lang, 'noStores')}</p>}
      <ul class="cards">
        {stores.map((store) => {
          const report = reports[store.id];
          const result = report && report !== 'testing' ? connectionText(report, lang) : null;
          return (
            <li key={store.id} class="card" data-store-id={store.id}>
              <div>
                <strong>{store.name}</strong>
              </div>
              <div class="hint">
                {t(lang, 'clientId')}: {store.clientId} · {t(lang, 'apiKey')}: <span data-api-key-masked>{store.apiKeyMasked}</span> ({t(lang, 'apiKeySaved')})
              </div>
              <div>
                <ModeLine store={store} lang={lang} />
              </div>
              <div class="actions">
                <button type="button" onClick={() => test(store.id)} disabled={report === 'testing'}>
                  {t(lang, 'testConnection')}
                </button>{' '}
                <button type="button" onClick={() => edit(store)} aria-label={t(lang, 'editStoreNamed', { name: store.name })}>
                  {t(lang, 'edit')}
                </button>{' '}
                <button type="button" class="danger" onClick={() => setConfirming(store.id)} aria-label={t(lang, 'removeStoreNamed', { name: store.name })}>
                  {t(lang, 'remove')}
                </button>
              </div>
              {confirming === store.id && (
                <Confirm
                  question={t(lang, 'removeStoreConfirm', { name: store.name })}
                  yes={t(lang, 'removeConfirmYes')}
                  no={t(lang, 'cancel')}
                  onYes={() => void remove(store.id)}
                  onNo={() => setConfirming(null)}
                />
              )}
              {report === 'testing' && <p role="status">{t(lang, 'testing')}</p>}
              {result && (
                <div role="status" class={result.ok ? 'status-ok' : 'field-error'} data-test-result={result.ok ? 'ok' : 'error'}>
                  {result.lines.map((line) => (
                    <p key={line}>{line}</p>
                  ))}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <form onSubmit={submit} noValidate aria-labelledby="store-form-title">
        <h3 id="store-form-title">{editing ? t(lang, 'editStoreTitle', { name: editing.name }) : t(lang, 'addStoreTitle')}</h3>
        <TextField id="store-name" label={t(lang, 'storeName')} value={draft.name} onInput={set('name')} error={errors.name} maxLength={100} />
        <TextField id="store-clientId" label={t(lang, 'clientId')} value={draft.clientId} onInput={set('clientId')} error={errors.clientId} hint={t(lang, 'clientIdHint')} />
        <TextField
          id="store-apiKey"
          label={t(lang, 'apiKey')}
          type="password"
          value={draft.apiKey}
          onInput={set('apiKey')}
          error={errors.apiKey}
          hint={editing ? t(lang, 'apiKeyKeepHint', { masked: editing.apiKeyMasked }) : t(lang, 'apiKeyHint')}
        />
        <FormButtons submit={editing ? t(lang, 'saveStore') : t(lang, 'addStore')} cancel={t(lang, 'cancel')} onCancel={editing ? () => (setDraft(EMPTY), setErrors({})) : undefined} />
        <SectionStatus status={status} />
      </form>
    </section>
  );
}
