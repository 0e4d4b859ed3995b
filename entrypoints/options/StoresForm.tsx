import { useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/send';
import { t, type Lang } from '@/lib/i18n';
import type { ConnectionReport, StoreSummary } from '@/lib/messages';

interface Draft {
  name: string;
  clientId: string;
  apiKey: string;
}

const EMPTY: Draft = { name: '', clientId: '', apiKey: '' };

function validate(lang: Lang, draft: Draft): Partial<Record<keyof Draft, string>> {
  const errors: Partial<Record<keyof Draft, string>> = {};
  if (!draft.name.trim()) errors.name = t(lang, 'fieldRequired');
  if (!/^\d{1,20}$/.test(draft.clientId.trim())) errors.clientId = t(lang, 'clientIdInvalid');
  if (!draft.apiKey.trim()) errors.apiKey = t(lang, 'fieldRequired');
  return errors;
}

export function StoresForm({ lang }: { lang: Lang }) {
  const [stores, setStores] = useState<StoreSummary[]>([]);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const [reports, setReports] = useState<Record<string, ConnectionReport | 'testing'>>({});
  const [status, setStatus] = useState('');

  const reload = () => send<'listStores'>({ type: 'listStores' }).then(setStores, (e: Error) => setStatus(e.message));
  useEffect(() => void reload(), []);

  const add = async (event: Event) => {
    event.preventDefault();
    const found = validate(lang, draft);
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await send<'saveStore'>({ type: 'saveStore', name: draft.name, clientId: draft.clientId, apiKey: draft.apiKey });
      setDraft(EMPTY);
      setStatus(t(lang, 'saved'));
      await reload();
    } catch (error) {
      setStatus(t(lang, 'errorGeneric', { message: (error as Error).message }));
    }
  };

  const test = async (id: string) => {
    setReports((r) => ({ ...r, [id]: 'testing' }));
    const report = await send<'testConnection'>({ type: 'testConnection', id }).catch(
      (e: Error): ConnectionReport => ({ ok: false, chatApi: 'unknown', error: { code: 'internal', message: e.message } }),
    );
    setReports((r) => ({ ...r, [id]: report }));
    await reload();
  };

  const remove = async (id: string) => {
    await send<'deleteStore'>({ type: 'deleteStore', id });
    await reload();
  };

  const field = (key: keyof Draft, label: string, secret = false) => {
    const common = {
      id: `store-${key}`,
      autocomplete: 'off',
      value: draft[key],
      'aria-invalid': errors[key] ? ('true' as const) : undefined,
      'aria-describedby': errors[key] ? `store-${key}-error` : undefined,
      onInput: (e: Event) => setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value }),
    };
    return (
      <div>
        <label for={`store-${key}`}>{label}</label>
        {secret ? <input type="password" {...common} /> : <input type="text" {...common} />}
        {errors[key] && (
          <p class="field-error" id={`store-${key}-error`}>
            {errors[key]}
          </p>
        )}
      </div>
    );
  };

  return (
    <section aria-labelledby="stores-title">
      <h2 id="stores-title">{t(lang, 'storesTitle')}</h2>
      {stores.length === 0 && <p>{t(lang, 'noStores')}</p>}
      <ul>
        {stores.map((store) => {
          const report = reports[store.id];
          return (
            <li key={store.id} data-store-id={store.id}>
              <strong>{store.name}</strong> · {t(lang, 'clientId')} {store.clientId} · {t(lang, 'apiKey')} {store.apiKeyMasked} ({t(lang, 'apiKeySaved')}){' '}
              <button type="button" onClick={() => test(store.id)}>
                {t(lang, 'testConnection')}
              </button>{' '}
              <button type="button" onClick={() => remove(store.id)}>
                {t(lang, 'removeStore')}
              </button>
              {report === 'testing' && <p role="status">{t(lang, 'testing')}</p>}
              {report && report !== 'testing' && (
                <p role="status" class={report.ok ? '' : 'field-error'}>
                  {report.ok
                    ? t(lang, 'connectionOk', { name: report.sellerName ?? '', subscription: report.subscription ?? '' })
                    : t(lang, 'errorGeneric', { message: report.error?.message ?? '' })}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <form onSubmit={add} noValidate>
        {field('name', t(lang, 'storeName'))}
        {field('clientId', t(lang, 'clientId'))}
        {field('apiKey', t(lang, 'apiKey'), true)}
        <button type="submit">{t(lang, 'addStore')}</button>
        <p role="status">{status}</p>
      </form>
    </section>
  );
}
