// Scam guard: on/off, each rule on/off by its reason code, and the allowlist of trusted senders or chats.
import { useState } from 'preact/hooks';
import type { Lang } from '@/lib/i18n';
import type { Prefs } from '@/lib/prefs';
import { reasonText } from '@/lib/i18n/pages-t';
import { Checkbox, FieldError, SelectField, SectionStatus, errorProps, type Status } from './fields';
import { SWITCHABLE_RULES } from '../../lib/scam/reason-codes';
import { translator } from './util';

type Guard = Prefs['scamGuard'];
type Entry = Guard['allowlist'][number];

export function ScamGuardSection({ lang, guard, save, status }: { lang: Lang; guard: Guard; save: (next: Guard) => void; status: Status }) {
  const p = translator(lang);
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
    if (!trimmed) return setError(p('fieldRequired'));
    if (trimmed.length > 200) return setError(p('allowlistTooLong'));
    if (kind === 'chat' && !/^[0-9a-fA-F-]{8,64}$/.test(trimmed)) return setError(p('allowlistChatInvalid'));
    if (guard.allowlist.some((e) => e.kind === kind && e.value === trimmed)) return setError(p('allowlistDuplicate'));
    if (guard.allowlist.length >= 500) return setError(p('allowlistFull'));
    setError('');
    setValue('');
    save({ ...guard, allowlist: [...guard.allowlist, { kind, value: trimmed }] });
  };

  const remove = (entry: Entry) => save({ ...guard, allowlist: guard.allowlist.filter((e) => !(e.kind === entry.kind && e.value === entry.value)) });

  return (
    <section id="scam-guard" aria-labelledby="scam-title">
      <h2 id="scam-title">{p('scamTitle')}</h2>
      <Checkbox id="scam-enabled" label={p('scamEnabled')} checked={guard.enabled} onChange={(on) => save({ ...guard, enabled: on })} />
      <fieldset disabled={!guard.enabled}>
        <legend>{p('scamRules')}</legend>
        {SWITCHABLE_RULES.map((code) => (
          <Checkbox
            key={code}
            id={`rule-${code}`}
            label={
              <>
                {reasonText(lang, code)} <code class="hint">{code}</code>
              </>
            }
            checked={!guard.disabledRules.includes(code)}
            onChange={(on) => toggleRule(code, on)}
          />
        ))}
      </fieldset>
      <h3>{p('allowlistTitle')}</h3>
      <p class="hint">{p('allowlistHint')}</p>
      {guard.allowlist.length === 0 ? (
        <p class="hint">{p('allowlistEmpty')}</p>
      ) : (
        <ul class="allowlist">
          {guard.allowlist.map((entry) => (
            <li key={`${entry.kind}:${entry.value}`} data-allowlist-kind={entry.kind}>
              {entry.kind === 'sender' ? p('allowlistSender') : p('allowlistChat')}: <span>{entry.value}</span>{' '}
              <button type="button" onClick={() => remove(entry)} aria-label={p('removeNamed', { name: entry.value })}>
                {p('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate class="row">
        <SelectField<Entry['kind']>
          id="allowlist-kind"
          label={p('allowlistKind')}
          value={kind}
          options={[
            { value: 'sender', label: p('allowlistSender') },
            { value: 'chat', label: p('allowlistChat') },
          ]}
          onChange={setKind}
        />
        <div class="field">
          <label for="allowlist-value">{kind === 'sender' ? p('allowlistSenderName') : p('allowlistChatId')}</label>
          <input id="allowlist-value" type="text" value={value} maxLength={200} {...errorProps('allowlist-value', error)} onInput={(e) => setValue(e.currentTarget.value)} />
          <FieldError id="allowlist-value" error={error} />
        </div>
        <button type="submit">{p('allowlistAdd')}</button>
      </form>
      <SectionStatus status={status} />
    </section>
  );
}
