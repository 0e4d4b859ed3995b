// Scam guard: on/off, each rule on/off by its reason code, and the allowlist of trusted senders or chats.
import { useState } from 'preact/hooks';
import { t, type Lang } from '@/lib/i18n';
import type { Prefs } from '@/lib/prefs';
import { Checkbox, FieldError, SelectField, SectionStatus, errorProps, type Status } from './fields';
import { SWITCHABLE_RULES } from '../../lib/scam/reason-codes';

type Guard = Prefs['scamGuard'];
type Entry = Guard['allowlist'][number];

export function ScamGuardSection({ lang, guard, save, status }: { lang: Lang; guard: Guard; save: (next: Guard) => void; status: Status }) {
  const [kind, setKind] = useState<Entry['kind']>('sender');
  const [value, setValue] = useState('');
  const [error, setError] = useState('');

  const toggleRule = (code: string, on: boolean) => {
    const disabled = on ? guard.disabledRules.filter((c) => c !== code) : [...new Set([...guard.disabledRules, code])];
    save({ ...guard, disabledRules: disabled });
  };

  const add = (event: Event) => {
    event.preventDefault();
    const trimmed = value.trim();
    if (!trimmed) return setError(t(lang, 'fieldRequired'));
    if (trimmed.length > 200) return setError(t(lang, 'allowlistTooLong'));
    if (kind === 'chat' && !/^[0-9a-fA-F-]{8,64}$/.test(trimmed)) return setError(t(lang, 'allowlistChatInvalid'));
    if (guard.allowlist.some((e) => e.kind === kind && e.value === trimmed)) return setError(t(lang, 'allowlistDuplicate'));
    if (guard.allowlist.length >= 500) return setError(t(lang, 'allowlistFull'));
    setError('');
    setValue('');
    save({ ...guard, allowlist: [...guard.allowlist, { kind, value: trimmed }] });
  };

  const remove = (entry: Entry) => save({ ...guard, allowlist: guard.allowlist.filter((e) => !(e.kind === entry.kind && e.value === entry.value)) });

  return (
    <section id="scam-guard" aria-labelledby="scam-title">
      <h2 id="scam-title">{t(lang, 'scamTitle')}</h2>
      <Checkbox id="scam-enabled" label={t(lang, 'scamEnabled')} checked={guard.enabled} onChange={(on) => save({ ...guard, enabled: on })} />
      <fieldset disabled={!guard.enabled}>
        <legend>{t(lang, 'scamRules')}</legend>
        {SWITCHABLE_RULES.map((code) => (
          <Checkbox
            key={code}
            id={`rule-${code}`}
            label={
              <>
                {t(lang, `reason:${code}`)} <code class="hint">{code}</code>
              </>
            }
            checked={!guard.disabledRules.includes(code)}
            onChange={(on) => toggleRule(code, on)}
          />
        ))}
      </fieldset>
      <h3>{t(lang, 'allowlistTitle')}</h3>
      <p class="hint">{t(lang, 'allowlistHint')}</p>
      {guard.allowlist.length === 0 ? (
        <p class="hint">{t(lang, 'allowlistEmpty')}</p>
      ) : (
        <ul class="allowlist">
          {guard.allowlist.map((entry) => (
            <li key={`${entry.kind}:${entry.value}`} data-allowlist-kind={entry.kind}>
              {entry.kind === 'sender' ? t(lang, 'allowlistSender') : t(lang, 'allowlistChat')}: <span>{entry.value}</span>{' '}
              <button type="button" onClick={() => remove(entry)} aria-label={t(lang, 'removeNamed', { name: entry.value })}>
                {t(lang, 'remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate class="row">
        <SelectField<Entry['kind']>
          id="allowlist-kind"
          label={t(lang, 'allowlistKind')}
          value={kind}
          options={[
            { value: 'sender', label: t(lang, 'allowlistSender') },
            { value: 'chat', label: t(lang, 'allowlistChat') },
          ]}
          onChange={setKind}
        />
        <div class="field">
          <label for="allowlist-value">{kind === 'sender' ? t(lang, 'allowlistSenderName') : t(lang, 'allowlistChatId')}</label>
          <input id="allowlist-value" type="text" value={value} maxLength={200} {...errorProps('allowlist-value', error)} onInput={(e) => setValue(e.currentTarget.value)} />
          <FieldError id="allowlist-value" error={error} />
        </div>
        <button type="submit">{t(lang, 'allowlistAdd')}</button>
      </form>
      <SectionStatus status={status} />
    </section>
  );
}
