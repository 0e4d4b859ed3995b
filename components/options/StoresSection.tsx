// Stores: add, edit, remove (confirmed), test connection. The Api-Key is shown masked once saved and is never
// filled back into the form: editing keeps it unless a new one is typed.
import { useEffect, useState } from 'preact/hooks';
import { RequestError, send } from '@/lib/protocol/send';
import type { Lang } from '@/lib/i18n';
import type { ConnectionReport, StoreSummary } from '@/lib/protocol/messages';
import { Confirm, FormButtons, SectionStatus, TextField, type Status } from './fields';
import { errorField, errorText, translator, type Translate } from './util';

interface Draft {
  id?: string;
  name: string;
  clientId: string;
  apiKey: string;
}
type Errors = Partial<Record<'name' | 'clientId' | 'apiKey', string>>;

const EMPTY: Draft = { name: '', clientId: '', apiKey: '' };

export function validateStore(draft: Draft, p: Translate): Errors {
  const errors: Errors = {};
  if (!draft.name.trim()) errors.name = p('fieldRequired');
  else if (draft.name.trim().length > 100) errors.name = p('storeNameTooLong');
  if (!draft.clientId.trim()) errors.clientId = p('fieldRequired');
  else if (!/^\d{1,20}$/.test(draft.clientId.trim())) errors.clientId = p('clientIdInvalid');
  // A new store needs its key; an edited one keeps the saved key when the field stays empty.
  if (!draft.id && !draft.apiKey.trim()) errors.apiKey = p('fieldRequired');
  else if (draft.apiKey.trim().length > 200) errors.apiKey = p('apiKeyTooLong');
  return errors;
}

function ModeLine({ store, p }: { store: StoreSummary; p: Translate }) {
  if (store.modeReason === 'invalid-key') return <span class="mode field-error" data-mode="invalid-key">✗ {p('modeInvalidKey')}</span>;
  if (store.mode === 'api') return <span class="mode mode-api" data-mode="api">✓ {p('modeApi')}</span>;
  if (store.mode === 'dom-only') return <span class="mode mode-dom" data-mode="dom-only">◐ {p('modeDomOnly')}</span>;
  return <span class="mode" data-mode="unknown">? {p('modeUnknown')}</span>;
}

export function connectionText(report: ConnectionReport, p: Translate): { ok: boolean; lines: string[] } {
  if (!report.ok) {
    const code = report.error?.code ?? '';
    const known: Record<string, Parameters<Translate>[0]> = {
      'invalid-key': 'testInvalidKey',
      'premium-required': 'testPremiumRequired',
      'rate-limited': 'testRateLimited',
      network: 'testNetwork',
      timeout: 'testNetwork',
      server: 'testServer',
    };
    const key = known[code];
    return { ok: false, lines: [key ? p(key) : p('testFailed', { message: report.error?.message ?? code })] };
  }
  const lines = [p('connectionOk', { name: report.sellerName || '—', subscription: report.subscription || '—' })];
  if (report.chatApi === 'available') lines.push(p('featuresApi'));
  else if (report.chatApi === 'premium-required') lines.push(p('featuresDomOnly'));
  else lines.push(p('featuresUnknown'));
  return { ok: true, lines };
}

export function StoresSection({ lang, onChange }: { lang: Lang; onChange?: (stores: StoreSummary[]) => void }) {
  const p = translator(lang);
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
    const found = validateStore(draft, p);
    setErrors(found);
    if (Object.keys(found).length) return;
    setStatus({ kind: 'busy', text: p('saving') });
    try {
      await send<'saveStore'>({
        type: 'saveStore',
        ...(draft.id ? { id: draft.id } : {}),
        name: draft.name.trim(),
        clientId: draft.clientId.trim(),
        ...(draft.apiKey.trim() ? { apiKey: draft.apiKey.trim() } : {}),
      });
      setDraft(EMPTY);
      setStatus({ kind: 'ok', text: p('saved') });
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
      setStatus({ kind: 'ok', text: p('storeRemoved') });
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
      <h2 id="stores-title">{p('storesTitle')}</h2>
      {stores.length === 0 && <p class="hint">{p('noStores')}</p>}
      <ul class="cards">
        {stores.map((store) => {
          const report = reports[store.id];
          const result = report && report !== 'testing' ? connectionText(report, p) : null;
          return (
            <li key={store.id} class="card" data-store-id={store.id}>
              <div>
                <strong>{store.name}</strong>
              </div>
              <div class="hint">
                {p('clientId')}: {store.clientId} · {p('apiKey')}: <span data-api-key-masked>{store.apiKeyMasked}</span> ({p('apiKeySaved')})
              </div>
              <div>
                <ModeLine store={store} p={p} />
              </div>
              <div class="actions">
                <button type="button" onClick={() => test(store.id)} disabled={report === 'testing'}>
                  {p('testConnection')}
                </button>{' '}
                <button type="button" onClick={() => edit(store)} aria-label={p('editStoreNamed', { name: store.name })}>
                  {p('edit')}
                </button>{' '}
                <button type="button" class="danger" onClick={() => setConfirming(store.id)} aria-label={p('removeStoreNamed', { name: store.name })}>
                  {p('remove')}
                </button>
              </div>
              {confirming === store.id && (
                <Confirm
                  question={p('removeStoreConfirm', { name: store.name })}
                  yes={p('removeConfirmYes')}
                  no={p('cancel')}
                  onYes={() => void remove(store.id)}
                  onNo={() => setConfirming(null)}
                />
              )}
              {report === 'testing' && <p role="status">{p('testing')}</p>}
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
        <h3 id="store-form-title">{editing ? p('editStoreTitle', { name: editing.name }) : p('addStoreTitle')}</h3>
        <TextField id="store-name" label={p('storeName')} value={draft.name} onInput={set('name')} error={errors.name} maxLength={100} />
        <TextField id="store-clientId" label={p('clientId')} value={draft.clientId} onInput={set('clientId')} error={errors.clientId} hint={p('clientIdHint')} />
        <TextField
          id="store-apiKey"
          label={p('apiKey')}
          type="password"
          value={draft.apiKey}
          onInput={set('apiKey')}
          error={errors.apiKey}
          hint={editing ? p('apiKeyKeepHint', { masked: editing.apiKeyMasked }) : p('apiKeyHint')}
        />
        <FormButtons submit={editing ? p('saveStore') : p('addStore')} cancel={p('cancel')} onCancel={editing ? () => (setDraft(EMPTY), setErrors({})) : undefined} />
        <SectionStatus status={status} />
      </form>
    </section>
  );
}
