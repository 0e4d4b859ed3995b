// Export (a JSON file download; Api-Keys only when asked), import (all or nothing, names the wrong field), reset.
import { useState } from 'preact/hooks';
import { send } from '@/lib/protocol/send';
import { t, type Lang } from '@/lib/i18n';
import { parseSettingsDocument, readSettingsFile } from '@/lib/settings-io';
import { Checkbox, Confirm, SectionStatus, type Status } from './fields';
import { errorField, errorText } from './util';

export function exportFileName(now: Date = new Date()): string {
  return `seller-sidekick-settings-${now.toISOString().slice(0, 10)}.json`;
}

/** Hands a JSON document to the browser as a file download. */
export function downloadJson(document_: unknown, fileName: string): void {
  const blob = new Blob([`${JSON.stringify(document_, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function SettingsFileSection({ lang, onChanged, download = downloadJson }: { lang: Lang; onChanged: () => void; download?: typeof downloadJson }) {
  const [includeKeys, setIncludeKeys] = useState(false);
  const [exportStatus, setExportStatus] = useState<Status>(null);
  const [importStatus, setImportStatus] = useState<Status>(null);
  const [importField, setImportField] = useState<string | null>(null);
  const [resetStatus, setResetStatus] = useState<Status>(null);
  const [confirmReset, setConfirmReset] = useState(false);

  const doExport = async () => {
    try {
      const doc = await send<'exportSettings'>({ type: 'exportSettings', includeApiKeys: includeKeys });
      download(doc, exportFileName());
      setExportStatus({ kind: 'ok', text: includeKeys ? t(lang, 'exportedWithKeys') : t(lang, 'exported') });
    } catch (error) {
      setExportStatus({ kind: 'error', text: errorText(error, lang) });
    }
  };

  const doImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setImportStatus({ kind: 'busy', text: t(lang, 'importing') });
    setImportField(null);
    const refuse = (field: string, message: string) => {
      setImportField(field);
      setImportStatus({ kind: 'error', text: t(lang, 'importRefused', { field, message }) });
    };
    try {
      // Refused by its size before it is read, then parsed; the errors name the file.
      const read = await readSettingsFile(file);
      if (!read.ok) return refuse(read.field, read.message[lang]);
      const raw = read.raw;
      // Checked here first so the answer is immediate; the background checks again before it writes anything.
      const checked = parseSettingsDocument(raw);
      if (!checked.ok) return refuse(checked.field, checked.message[lang]);
      const { imported } = await send<'importSettings'>({ type: 'importSettings', document: raw });
      setImportStatus({
        kind: 'ok',
        text: t(lang, 'importDone', { presets: imported.presets, templates: imported.templates, stores: imported.stores }),
      });
      onChanged();
    } catch (error) {
      refuse(errorField(error) ?? 'document', errorText(error, lang));
    } finally {
      input.value = '';
    }
  };

  const doReset = async () => {
    setConfirmReset(false);
    try {
      await send<'resetSettings'>({ type: 'resetSettings' });
      setResetStatus({ kind: 'ok', text: t(lang, 'resetDone') });
      onChanged();
    } catch (error) {
      setResetStatus({ kind: 'error', text: errorText(error, lang) });
    }
  };

  return (
    <section id="settings-file" aria-labelledby="file-title">
      <h2 id="file-title">{t(lang, 'fileTitle')}</h2>
      <h3>{t(lang, 'exportTitle')}</h3>
      <Checkbox id="export-keys" label={t(lang, 'includeApiKeys')} checked={includeKeys} onChange={setIncludeKeys} />
      {includeKeys && <p class="hint notice-warn">{t(lang, 'includeApiKeysWarning')}</p>}
      <button type="button" onClick={() => void doExport()}>
        {t(lang, 'exportButton')}
      </button>
      <SectionStatus status={exportStatus} />

      <h3>{t(lang, 'importTitle')}</h3>
      <div class="field">
        <label for="import-file">{t(lang, 'importLabel')}</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          aria-invalid={importField ? 'true' : undefined}
          aria-describedby="import-status"
          onChange={(e) => void doImport(e.currentTarget)}
        />
        <p class="hint">{t(lang, 'importHint')}</p>
      </div>
      <div id="import-status" data-import-field={importField ?? undefined}>
        <SectionStatus status={importStatus} />
      </div>

      <h3>{t(lang, 'resetTitle')}</h3>
      <button type="button" class="danger" onClick={() => setConfirmReset(true)}>
        {t(lang, 'resetButton')}
      </button>
      {confirmReset && <Confirm question={t(lang, 'resetConfirm')} yes={t(lang, 'resetConfirmYes')} no={t(lang, 'cancel')} onYes={() => void doReset()} onNo={() => setConfirmReset(false)} />}
      <SectionStatus status={resetStatus} />
    </section>
  );
}
