// Quick-reply templates: add, edit, delete; the placeholders they may use are listed (and inserted on a click).
import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '@/lib/protocol/send';
import { t, type Lang, type MessageKey } from '@/lib/i18n';
import { PLACEHOLDERS, type Placeholder, type Template } from '@/lib/templates/model';
import { Confirm, FormButtons, SectionStatus, TextField, type Status } from './fields';
import { errorField, errorText, newId } from './util';

type Errors = Partial<Record<'name' | 'text', string>>;

export function validateTemplate(draft: Template, lang: Lang): Errors {
  const errors: Errors = {};
  if (!draft.name.trim()) errors.name = t(lang, 'fieldRequired');
  else if (draft.name.trim().length > 60) errors.name = t(lang, 'templateNameTooLong');
  if (!draft.text.trim()) errors.text = t(lang, 'fieldRequired');
  else if (draft.text.length > 1200) errors.text = t(lang, 'templateTextTooLong');
  return errors;
}

const PLACEHOLDER_KEYS: Record<Placeholder, MessageKey> = {
  posting_number: 'placeholderPosting',
  order_number: 'placeholderOrder',
  customer_name: 'placeholderCustomer',
  product: 'placeholderProduct',
  seller_name: 'placeholderSeller',
};

export function TemplatesSection({ lang }: { lang: Lang }) {
  const [templates, setTemplates] = useState<Template[]>([]);
  const [draft, setDraft] = useState<Template | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const textRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    send<'listTemplates'>({ type: 'listTemplates' }).then(setTemplates, (e: unknown) => setStatus({ kind: 'error', text: errorText(e, lang) }));
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!draft) return;
    const found = validateTemplate(draft, lang);
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      setTemplates(await send<'saveTemplate'>({ type: 'saveTemplate', template: { ...draft, name: draft.name.trim() } }));
      setDraft(null);
      setStatus({ kind: 'ok', text: t(lang, 'saved') });
    } catch (error) {
      const field = errorField(error)?.replace(/^template\./, '');
      if (field === 'name' || field === 'text') setErrors({ [field]: errorText(error, lang) });
      else setStatus({ kind: 'error', text: errorText(error, lang) });
    }
  };

  const remove = async (id: string) => {
    setConfirming(null);
    try {
      setTemplates(await send<'deleteTemplate'>({ type: 'deleteTemplate', id }));
      setStatus({ kind: 'ok', text: t(lang, 'deleted') });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error, lang) });
    }
  };

  const insert = (placeholder: Placeholder) => {
    if (!draft) return;
    const area = textRef.current?.querySelector('textarea');
    const token = `{${placeholder}}`;
    const at = area?.selectionStart ?? draft.text.length;
    setDraft({ ...draft, text: draft.text.slice(0, at) + token + draft.text.slice(at) });
    area?.focus();
  };

  return (
    <section id="templates" aria-labelledby="templates-title">
      <h2 id="templates-title">{t(lang, 'templatesTitle')}</h2>
      {templates.length === 0 && <p class="hint">{t(lang, 'templatesEmpty')}</p>}
      <ul class="cards">
        {templates.map((template) => (
          <li key={template.id} class="card" data-template-id={template.id}>
            <strong>{template.name}</strong>
            <div class="hint template-text">{template.text}</div>
            <div class="actions">
              <button type="button" onClick={() => (setDraft({ ...template }), setErrors({}))} aria-label={t(lang, 'editNamed', { name: template.name })}>
                {t(lang, 'edit')}
              </button>{' '}
              <button type="button" class="danger" onClick={() => setConfirming(template.id)} aria-label={t(lang, 'deleteNamed', { name: template.name })}>
                {t(lang, 'delete')}
              </button>
            </div>
            {confirming === template.id && (
              <Confirm question={t(lang, 'deleteTemplateConfirm', { name: template.name })} yes={t(lang, 'deleteConfirmYes')} no={t(lang, 'cancel')} onYes={() => void remove(template.id)} onNo={() => setConfirming(null)} />
            )}
          </li>
        ))}
      </ul>
      {!draft && (
        <button type="button" onClick={() => (setDraft({ id: newId('tpl'), name: '', text: '' }), setErrors({}))}>
          {t(lang, 'newTemplate')}
        </button>
      )}
      {draft && (
        <form onSubmit={save} noValidate aria-labelledby="template-form-title">
          <h3 id="template-form-title">{templates.some((t) => t.id === draft.id) ? t(lang, 'editTemplateTitle') : t(lang, 'newTemplate')}</h3>
          <TextField id="template-name" label={t(lang, 'templateName')} value={draft.name} onInput={(name) => setDraft({ ...draft, name })} error={errors.name} maxLength={60} />
          <div ref={textRef}>
            <TextField id="template-text" label={t(lang, 'templateText')} value={draft.text} multiline onInput={(text) => setDraft({ ...draft, text })} error={errors.text} hint={t(lang, 'templateTextHint', { count: draft.text.length })} />
          </div>
          <p class="hint">{t(lang, 'placeholdersTitle')}</p>
          <ul class="placeholders">
            {PLACEHOLDERS.map((ph) => (
              <li key={ph}>
                <button type="button" onClick={() => insert(ph)} aria-label={t(lang, 'insertPlaceholder', { name: t(lang, PLACEHOLDER_KEYS[ph]) })}>
                  <code>{`{${ph}}`}</code>
                </button>{' '}
                {t(lang, PLACEHOLDER_KEYS[ph])}
              </li>
            ))}
          </ul>
          <FormButtons submit={t(lang, 'saveTemplate')} cancel={t(lang, 'cancel')} onCancel={() => setDraft(null)} />
        </form>
      )}
      <SectionStatus status={status} />
    </section>
  );
}
