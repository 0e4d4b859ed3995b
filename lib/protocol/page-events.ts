// The door's other direction: what the background pushes to the content scripts of the portal's tabs
// (tabs.sendMessage) when something they show changed, so a page never polls. Every event is a valibot schema with
// the senders allowed; a content script accepts one only when it comes from the extension itself — never from a
// page script, another extension or another tab — and only whole (an invalid event is dropped).
import * as v from 'valibot';
import { PrefsSchema } from '../prefs';
import type { SenderInfo, StatusReport } from './messages';

/** The answer to `getStatus` (messages.ts StatusReport): stores without keys, and whether the API may be asked. */
export const StatusReportSchema = v.object({
  stores: v.pipe(
    v.array(
      v.object({
        id: v.string(),
        name: v.string(),
        mode: v.picklist(['api', 'dom-only', 'unknown']),
        modeReason: v.optional(v.string()),
      }),
    ),
    v.maxLength(100),
  ),
  apiAvailable: v.boolean(),
});

export const PageEventSchemas = {
  /** Preferences or the stores' status changed: both as they are now (what getPrefs and getStatus answer). */
  'sidekick:settings': v.object({ type: v.literal('sidekick:settings'), prefs: PrefsSchema, status: StatusReportSchema }),
} as const;

export type PageEventType = keyof typeof PageEventSchemas;
export type PageEvent = v.InferOutput<(typeof PageEventSchemas)[PageEventType]>;

/** Who may push to a content script: the extension itself (its background, or one of its own pages). */
export type PageEventSender = 'extension';

export const PAGE_EVENT_SENDERS: Record<PageEventType, readonly PageEventSender[]> = {
  'sidekick:settings': ['extension'],
};

/** The extension itself: its own id, and a URL inside the extension (a page script or a tab has neither). */
export function classifyPageEventSender(sender: SenderInfo, runtimeId: string, extensionOrigin: string): PageEventSender | null {
  if (sender.id !== runtimeId) return null;
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin) ? 'extension' : null;
}

/** The event, when `raw` is one whole and `sender` may send it; null for anything else (ignored, never answered). */
export function parsePageEvent(raw: unknown, sender: PageEventSender | null): PageEvent | null {
  if (!sender || !raw || typeof raw !== 'object' || !('type' in raw) || typeof raw.type !== 'string') return null;
  if (!Object.hasOwn(PageEventSchemas, raw.type)) return null;
  const type = raw.type as PageEventType;
  if (!PAGE_EVENT_SENDERS[type].includes(sender)) return null;
  const parsed = v.safeParse(PageEventSchemas[type], raw);
  return parsed.success ? parsed.output : null;
}

/** The event that tells the pages the settings now (built by the background, checked by the type system here). */
export function settingsEvent(prefs: PageEvent['prefs'], status: StatusReport): PageEvent {
  return { type: 'sidekick:settings', prefs, status };
}
