// A quick-reply picker: the seller's templates, the chosen one filled for this chat with its length, the reason it
// cannot go (too long, a value missing, a repeat) and the warning when it went to many chats lately.
// Used next to a row's Contact button, in an open chat, in the sidebar and on the options page.
import { useMemo, useState } from 'preact/hooks';
import { t, type Lang } from '@/lib/i18n';
import type { Template } from '@/lib/templates/model';
import { MAX_MESSAGE_LENGTH } from '@/lib/templates/model';
import { fillTemplate, type FillValues } from '../../../entrypoints/seller.content/features/quick-replies/fill';
import type { SendGuard } from '../../../entrypoints/seller.content/features/quick-replies/guard';
import { personOnly } from '../../../entrypoints/seller.content/trusted-input';

export interface TemplatePickerProps {
  templates: readonly Template[];
  values: FillValues;
  lang: Lang;
  /** 'insert' puts the text into the message box, 'send' sends it (API). */
  action: 'insert' | 'send';
  /** The chat the text goes to (for the repeat guard and the rate warning); null when not known yet. */
  chatKey: string | null;
  guard: SendGuard;
  onPick(text: string, template: Template): Promise<void> | void;
  onCancel?(): void;
}

const S = {
  box: 'display:flex;flex-direction:column;gap:6px;min-width:260px;max-width:380px;font:13px/1.4 system-ui,sans-serif;color:#001a34',
  list: 'display:flex;flex-direction:column;gap:2px;max-height:200px;overflow:auto;margin:0;padding:0;list-style:none',
  item: 'text-align:left;width:100%;padding:4px 6px;border:1px solid transparent;border-radius:4px;background:none;cursor:pointer;font:inherit;color:inherit',
  chosen: 'text-align:left;width:100%;padding:4px 6px;border:1px solid #005bff;border-radius:4px;background:#eef3ff;cursor:pointer;font:inherit;color:inherit',
  preview: 'white-space:pre-wrap;word-break:break-word;background:#f5f7fa;border-radius:4px;padding:6px;max-height:160px;overflow:auto',
  note: 'font-size:12px;color:#5b6b7e',
  error: 'font-size:12px;color:#c4001d',
  warn: 'font-size:12px;color:#8a5300;background:#fff6e0;border-radius:4px;padding:4px 6px',
  row: 'display:flex;gap:6px;justify-content:flex-end',
  button: 'padding:3px 10px;border-radius:4px;border:1px solid #005bff;background:#005bff;color:#fff;cursor:pointer;font:inherit',
  secondary: 'padding:3px 10px;border-radius:4px;border:1px solid #c6cdd6;background:#fff;color:#001a34;cursor:pointer;font:inherit',
};

export function TemplatePicker(props: TemplatePickerProps) {
  const lang = props.lang;
  const [chosenId, setChosenId] = useState<string | null>(props.templates.length === 1 ? (props.templates[0]?.id ?? null) : null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const chosen = props.templates.find((t) => t.id === chosenId) ?? null;
  const filled = useMemo(() => (chosen ? fillTemplate(chosen.text, props.values) : null), [chosen, props.values]);

  let problem: string | null = null;
  if (filled?.error === 'missing-values') {
    problem = t(lang, 'quickRepliesError:missing-values', { names: filled.missing.map((p) => t(lang, `quickRepliesValue:${p}`)).join(t(lang, 'listSeparator')) });
  } else if (filled?.error === 'too-long') {
    problem = t(lang, 'quickRepliesError:too-long', { length: filled.length, max: MAX_MESSAGE_LENGTH });
  } else if (filled?.error === 'empty') {
    problem = t(lang, 'quickRepliesError:empty');
  } else if (filled && props.chatKey && props.guard.isRepeat(props.chatKey, filled.text)) {
    problem = t(lang, 'quickRepliesError:repeat');
  }
  const warning = chosen && props.chatKey && !problem ? props.guard.rateWarning(chosen.id, props.chatKey) : null;

  // Reached only from the confirm button's trusted click: sending to a customer always needs the person's confirmation.
  const pick = async () => {
    if (!chosen || !filled || problem || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await props.onPick(filled.text, chosen);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={S.box} role="group" aria-label={t(lang, 'quickRepliesTitle')} data-sidekick-owned="">
      <strong>{t(lang, 'quickRepliesTitle')}</strong>
      {props.templates.length === 0 ? (
        <p style={S.note}>{t(lang, 'quickRepliesNone')}</p>
      ) : (
        <ul style={S.list} aria-label={t(lang, 'quickRepliesChoose')}>
          {props.templates.map((t) => (
            <li key={t.id}>
              <button
                type="button"
                style={t.id === chosenId ? S.chosen : S.item}
                aria-pressed={t.id === chosenId}
                data-sidekick-template={t.id}
                onClick={personOnly(() => {
                  setChosenId(t.id);
                  setFailure(null);
                })}
              >
                {t.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {filled && (
        <>
          <div style={S.preview} data-sidekick-template-preview="">
            {filled.text}
          </div>
          <div style={S.note}>{t(lang, 'quickRepliesCount', { length: filled.length, max: MAX_MESSAGE_LENGTH })}</div>
        </>
      )}
      {problem && (
        <div style={S.error} role="alert">
          {problem}
        </div>
      )}
      {warning && (
        <div style={S.warn} role="status" data-sidekick-rate-warning="">
          {t(lang, 'quickRepliesRateWarning', { chats: warning.chats, minutes: warning.windowMinutes })}
        </div>
      )}
      {failure && (
        <div style={S.error} role="alert">
          {failure}
        </div>
      )}
      <div style={S.note}>{t(lang, 'quickRepliesTranslationNote')}</div>
      <div style={S.row}>
        {props.onCancel && (
          <button type="button" style={S.secondary} onClick={() => props.onCancel?.()}>
            {t(lang, 'cancel')}
          </button>
        )}
        <button type="button" style={S.button} disabled={!filled || !!problem || busy} onClick={personOnly(() => void pick())} data-sidekick-template-confirm="">
          {t(lang, busy ? 'quickRepliesSending' : props.action === 'send' ? 'quickRepliesSend' : 'quickRepliesInsert')}
        </button>
      </div>
    </div>
  );
}
