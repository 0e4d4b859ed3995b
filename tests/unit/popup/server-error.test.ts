// Issue 12, item 5 in the popup: a sync that failed on Ozon's 5xx says so (in the popup's language); only a lost
// connection or a timeout is "could not reach Ozon".
import { describe, expect, it } from 'vitest';
import { popupNotices } from '@/components/popup/state';
import type { SyncProgress } from '@/lib/protocol/sync';

const store = { id: 's1', name: 'Main', clientId: '1', apiKeyMasked: '••••1234', mode: 'api' as const };
const failed = (error: SyncProgress['error']): SyncProgress => ({ storeId: 's1', phase: 'listing', done: 0, total: 0, listed: 0, startedAt: 1, finishedAt: null, lastSuccessAt: null, error });

describe('popup notices for a failed sync', () => {
  it("a 5xx is Ozon's server error, with the text in each language", () => {
    const text = { en: "Ozon's server error (HTTP 500). Try again later.", ru: 'Ошибка сервера Ozon (HTTP 500). Повторите позже.' };
    const notices = popupNotices({ stores: [store], report: null, progress: [failed({ code: 'server', message: text.en, text })], loadError: null });
    expect(notices).toEqual([{ kind: 'sync-error', stores: ['Main'], message: text.en, text }]);
  });

  it('a network failure is still the offline notice', () => {
    const notices = popupNotices({ stores: [store], report: null, progress: [failed({ code: 'network', message: 'Could not reach api-seller.ozon.ru.' })], loadError: null });
    expect(notices).toEqual([{ kind: 'offline', stores: ['Main'] }]);
  });
});
