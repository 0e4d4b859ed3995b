// Small form pieces shared by the option sections: every input has a visible <label>, errors sit next to it.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  if (!error) return null;
  return (
    <p class="field-error" id={`${id}-error`} role="alert">
      {error}
    </p>
  );
}

export function errorProps(id: string, error?: string) {
  return error ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${id}-error` } : {};
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  type?: 'text' | 'password';
  multiline?: boolean;
  maxLength?: number;
}

export function TextField({ id, label, value, onInput, error, hint, type = 'text', multiline, maxLength }: TextFieldProps) {
  const common = {
    id,
    value,
    maxLength,
    autocomplete: 'off',
    ...errorProps(id, error),
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? <textarea {...common} /> : type === 'password' ? <input type="password" {...common} /> : <input type="text" {...common} />}
      {hint && <p class="hint">{hint}</p>}
      <FieldError id={id} error={error} />
    </div>
  );
}

interface NumberFieldProps {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  /** The error text for a value out of range or not a whole number. */
  rangeError: string;
  onCommit: (value: number) => void;
  hint?: string;
}

/** A whole-number field: saved when it loses focus or on Enter, only when valid; else the error shows by it. */
export function NumberField({ id, label, value, min, max, rangeError, onCommit, hint }: NumberFieldProps) {
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState('');
  // change and blur both commit: the same value is saved once.
  const committed = useRef(value);
  useEffect(() => {
    setDraft(String(value));
    committed.current = value;
  }, [value]);
  // Reads the element, not the draft state: change can arrive before the re-render that follows input.
  const commit = (event: Event) => {
    const text = (event.currentTarget as HTMLInputElement).value.trim();
    const n = Number(text);
    if (!text || !Number.isInteger(n) || n < min || n > max) {
      setError(rangeError);
      return;
    }
    setError('');
    if (n === committed.current) return;
    committed.current = n;
    onCommit(n);
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={draft}
        {...errorProps(id, error)}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onChange={commit}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit(e)}
      />
      {hint && <p class="hint">{hint}</p>}
      <FieldError id={id} error={error} />
    </div>
  );
}

export function Checkbox({ id, label, checked, onChange }: { id: string; label: ComponentChildren; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div class="field">
      <label class="inline" for={id}>
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
        <span>{label}</span>
      </label>
    </div>
  );
}

export function SelectField<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A "Saved" / error line for one section, announced politely. */
export function SectionStatus({ status }: { status: { kind: 'ok' | 'error' | 'busy'; text: string } | null }) {
  return (
    <p class={`status ${status ? `status-${status.kind}` : ''}`} role="status" aria-live="polite">
      {status?.text ?? ''}
    </p>
  );
}

export type Status = { kind: 'ok' | 'error' | 'busy'; text: string } | null;

/** A form's primary submit button and, when the form can be left, its Cancel button. */
export function FormButtons({ submit, cancel, onCancel }: { submit: string; cancel: string; onCancel?: (() => void) | undefined }) {
  return (
    <>
      <button type="submit" class="primary">
        {submit}
      </button>
      {onCancel && (
        <>
          {' '}
          <button type="button" onClick={onCancel}>
            {cancel}
          </button>
        </>
      )}
    </>
  );
}

/** An inline confirmation instead of window.confirm (which blocks and cannot be styled or translated). */
export function Confirm({ question, yes, no, onYes, onNo }: { question: string; yes: string; no: string; onYes: () => void; onNo: () => void }) {
  // Keyboard users land on the safe answer; Escape cancels.
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div class="confirm" role="alertdialog" aria-label={question} onKeyDown={(e) => e.key === 'Escape' && onNo()}>
      <p>{question}</p>
      <button type="button" class="danger" onClick={onYes}>
        {yes}
      </button>{' '}
      <button type="button" ref={cancel} onClick={onNo}>
        {no}
      </button>
    </div>
  );
}
