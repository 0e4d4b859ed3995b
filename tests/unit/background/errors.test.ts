// The background's error answers carry their text in every UI language (ReplyError.text, lib/protocol/replies.ts):
// English also as `message`, Russian kept as before, Chinese since issue #15 — and nothing else the error held.
import { describe, expect, it } from 'vitest';
import { HandledError, toReplyError } from '@/entrypoints/background/errors';
import { OzonApiError } from '@/entrypoints/background/ozon-api/errors';
import { LANGS, t, textsOf } from '@/lib/i18n';

describe('error answers', () => {
  it('a refusal: its code, field and text in every language', () => {
    const reply = toReplyError(new HandledError('bad-request', textsOf('errorMessageEmpty'), 'text'));
    expect(reply).toEqual({ code: 'bad-request', message: 'The message is empty', text: textsOf('errorMessageEmpty'), field: 'text' });
    expect(Object.keys(reply.text!).sort()).toEqual([...LANGS].sort());
    expect(reply.text!.zh).toBe('消息为空');
  });

  it('a Seller API failure: the client’s words in every language', () => {
    const error = new OzonApiError({ kind: 'rate-limited' });
    const reply = toReplyError(error);
    expect(reply.code).toBe('rate-limited');
    expect(reply.message).toBe(t('en', 'apiError:rate-limited'));
    expect(reply.text).toEqual({ en: t('en', 'apiError:rate-limited'), ru: t('ru', 'apiError:rate-limited'), zh: t('zh', 'apiError:rate-limited') });
  });

  it('anything unexpected: "internal", without its own text', () => {
    const reply = toReplyError(new Error('secret request data'));
    expect(reply).toEqual({ code: 'internal', message: t('en', 'errorInternal'), text: textsOf('errorInternal') });
    expect(JSON.stringify(reply)).not.toContain('secret');
  });
});
