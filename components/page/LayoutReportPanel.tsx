// The sidebar's "Copy layout report" (docs/layout-report.md): on a person's click only, builds the page's layout
// report and copies it; where the browser refuses the clipboard, shows it for manual copying and as a download.
import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '@/lib/i18n';
import { kilobytes, LAYOUT_REPORT_FILE_NAME, pageLayoutReportJson } from '../../entrypoints/seller.content/layout-report';

type Outcome = { kind: 'copied'; kb: number } | { kind: 'manual'; json: string } | { kind: 'failed' };

export interface LayoutReportPanelProps {
  lang: Lang;
  /** Stored in the report's findings: the tag rule was paused on this page. */
  tagUnreadable: boolean;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function LayoutReportPanel({ lang, tagUnreadable }: LayoutReportPanelProps) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [downloadUrl, setDownloadUrl] = useState<string | null>(null);

  useEffect(() => {
    if (outcome?.kind !== 'manual') return;
    const url = URL.createObjectURL(new Blob([outcome.json], { type: 'application/json' }));
    setDownloadUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [outcome]);

  const onClick = async (event: MouseEvent) => {
    // A page script's synthetic click must not make us read the page and write the clipboard.
    if (!event.isTrusted) return;
    let json: string;
    try {
      json = pageLayoutReportJson(document, { tagUnreadable });
    } catch {
      setOutcome({ kind: 'failed' });
      return;
    }
    setOutcome((await copyText(json)) ? { kind: 'copied', kb: kilobytes(json) } : { kind: 'manual', json });
  };

  return (
    <div class="sk-layout-report">
      <p class="sk-hint sk-muted">{t(lang, 'layoutReportHint')}</p>
      <button type="button" data-sidekick-action="copy-layout-report" onClick={(e) => void onClick(e)}>
        {t(lang, 'layoutReportCopy')}
      </button>
      {outcome?.kind === 'copied' && (
        <p class="sk-note" role="status" data-sidekick-layout-report="copied">
          {t(lang, 'layoutReportCopied', { kb: outcome.kb })}
        </p>
      )}
      {outcome?.kind === 'failed' && (
        <p class="sk-error" role="alert" data-sidekick-layout-report="failed">
          {t(lang, 'layoutReportFailed')}
        </p>
      )}
      {outcome?.kind === 'manual' && (
        <div data-sidekick-layout-report="manual">
          <p class="sk-note" role="status">
            {t(lang, 'layoutReportManual')}
          </p>
          <label class="sk-field">
            {t(lang, 'layoutReportField')}
            <textarea readOnly rows={6} value={outcome.json} onFocus={(e) => e.currentTarget.select()} />
          </label>
          {downloadUrl && (
            <a class="sk-link" href={downloadUrl} download={LAYOUT_REPORT_FILE_NAME} data-sidekick-action="download-layout-report">
              {t(lang, 'layoutReportDownload')}
            </a>
          )}
        </div>
      )}
    </div>
  );
}
