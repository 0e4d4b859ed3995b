// Settings with something in every section, and the checks every refusal must pass, for the settings-io tests.
import { expect } from 'vitest';
import { buildSettingsDocument, parseSettingsDocument, type SettingsParts } from '@/lib/settings-io';
import { DEFAULT_PREFS } from '@/lib/prefs';
import { BUILTIN_PRESETS } from '@/lib/presets';

export const parts: SettingsParts = {
  prefs: {
    ...DEFAULT_PREFS,
    language: 'ru',
    syncIntervalMinutes: 15,
    sidebar: { open: false, width: 400 },
    badge: { scope: 'current-store', currentStoreId: 'store-1', redAfterMinutes: 90 },
    notifications: { enabled: true, afterMinutes: 30 },
    scamGuard: { enabled: true, disabledRules: ['external-link'], allowlist: [{ kind: 'sender', value: 'Ozon Support Bot' }] },
  },
  presets: [...BUILTIN_PRESETS, { id: 'mine', name: 'Mine', filters: ['unread', 'by-order'], extra: { sku: '123456', waitingOverHours: 2 } }],
  templates: [{ id: 'thanks', name: 'Thanks', text: 'Thank you, {customer_name}! Order {order_number}.' }],
  stores: [
    { name: 'Main', clientId: '123456', apiKey: 'secret-key-0001' },
    { name: 'Second', clientId: '777' },
  ],
};

/** A fresh valid document as plain JSON, as a file would give it. */
export function validJson(includeKeys = true): Record<string, unknown> {
  return JSON.parse(JSON.stringify(buildSettingsDocument(parts, includeKeys, new Date('2026-11-25T10:00:00Z')))) as Record<string, unknown>;
}

export function expectRefused(raw: unknown, field: string | RegExp) {
  const before = JSON.stringify(raw);
  const result = parseSettingsDocument(raw);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  if (typeof field === 'string') expect(result.field).toBe(field);
  else expect(result.field).toMatch(field);
  expect(result.message.en).toContain(result.field);
  expect(result.message.ru).toContain(result.field);
  expect(result.message.en).not.toBe(result.message.ru);
  // Parsing never changes its input.
  expect(JSON.stringify(raw)).toBe(before);
}
