import { describe, expect, it } from 'vitest';
import { ALLOWED_SENDERS, RequestSchemas, classifySender, parseRequest } from '@/lib/protocol/messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('classifySender', () => {
  it('accepts our own pages', () => {
    expect(classifySender({ id: ID, url: `${ORIGIN}options.html` }, ID, ORIGIN)).toBe('extension-page');
    expect(classifySender({ id: ID, url: `${ORIGIN}popup.html`, tab: {} }, ID, ORIGIN)).toBe('extension-page');
  });
  it('accepts content scripts only from tabs on https://seller.ozon.ru', () => {
    expect(classifySender({ id: ID, url: 'https://seller.ozon.ru/app/messenger', tab: { id: 1 } }, ID, ORIGIN)).toBe('content-script');
    expect(classifySender({ id: ID, url: 'http://seller.ozon.ru/app/messenger', tab: { id: 1 } }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID, url: 'https://seller.ozon.ru.evil.com/', tab: { id: 1 } }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID, url: 'https://www.ozon.ru/', tab: { id: 1 } }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID, url: 'https://seller.ozon.ru/' }, ID, ORIGIN)).toBeNull();
  });
  it('refuses other extensions and senders without a URL', () => {
    expect(classifySender({ id: 'other', url: `${ORIGIN}options.html` }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID, url: 'not a url', tab: {} }, ID, ORIGIN)).toBeNull();
  });
});

describe('parseRequest', () => {
  it('accepts valid requests from allowed senders', () => {
    expect(parseRequest({ type: 'getPrefs' }, 'content-script')).toMatchObject({ ok: true });
    expect(parseRequest({ type: 'setPrefs', patch: { language: 'ru' } }, 'extension-page')).toMatchObject({ ok: true });
    expect(parseRequest({ type: 'saveStore', name: 'A', clientId: '123', apiKey: 'k' }, 'extension-page')).toMatchObject({ ok: true });
  });
  it('refuses what is not a request', () => {
    for (const raw of [null, 1, 'x', {}, { type: 5 }, { type: 'nope' }, { type: '__proto__' }, { type: 'constructor' }]) {
      expect(parseRequest(raw, 'extension-page')).toMatchObject({ ok: false, code: 'bad-request' });
    }
  });
  it('refuses invalid payloads, naming the field', () => {
    const result = parseRequest({ type: 'setPrefs', patch: { language: 'de' } }, 'extension-page');
    expect(result).toMatchObject({ ok: false, code: 'bad-request' });
    expect(!result.ok && result.message).toContain('patch.language');
    expect(parseRequest({ type: 'saveStore', name: 'A', clientId: 'abc', apiKey: 'k' }, 'extension-page')).toMatchObject({ ok: false });
    expect(parseRequest({ type: 'setPrefs', patch: { sidebar: { open: true, width: 10_000 } } }, 'extension-page')).toMatchObject({ ok: false });
  });
  it('keeps store operations away from content scripts', () => {
    for (const type of ['listStores', 'saveStore', 'deleteStore', 'testConnection'] as const) {
      expect(ALLOWED_SENDERS[type]).not.toContain('content-script');
      expect(parseRequest({ type, id: 'a', name: 'A', clientId: '1', apiKey: 'k' }, 'content-script')).toMatchObject({ ok: false, code: 'forbidden' });
    }
  });
  it('has a sender rule for every request kind', () => {
    expect(Object.keys(ALLOWED_SENDERS).sort()).toEqual(Object.keys(RequestSchemas).sort());
  });
});
