import { describe, expect, it } from 'vitest';
import { findDomains, GENUINE_OZON_DOMAINS, isGenuineOzon, judge, judgeMessage, normaliseText, REASON_TEXT, riskOf, type ReasonCode, type ScamInput } from '@/lib/scam';
import { decodePunycode, hostToUnicode } from '@/lib/scam/punycode';
import { splitSentences } from '@/lib/scam/normalise';

const customer = (text: string, name = 'Анна К.'): ScamInput => ({ senderName: name, tag: 'customer', list: 'customers', texts: [text] });
const codes = (input: ScamInput): ReasonCode[] => judge(input).reasons.map((r) => r.code);

describe('normalisation', () => {
  it('folds case, NFKC and invisible characters', () => {
    expect(normaliseText('ＴＥＬＥＧＲＡＭ')).toBe('telegram');
    expect(normaliseText('tele\u200Bgram')).toBe('telegram');
    expect(normaliseText('Ёлка')).toBe('елка');
  });
  it('joins letters spaced out inside a word', () => {
    expect(normaliseText('т е л е г р а м')).toBe('телеграм');
    expect(normaliseText('t.e.l.e.g.r.a.m')).toBe('telegram');
    expect(normaliseText('W-h-a-t-s-A-p-p')).toBe('whatsapp');
    expect(normaliseText('в т е л е г р а м')).toContain(' телеграм');
  });
  it('folds homoglyphs into the script that dominates the word, digits too', () => {
    expect(normaliseText('тeлeгрaм')).toBe('телеграм'); // Latin e, a inside a Cyrillic word
    expect(normaliseText('Оzоn')).toBe('ozon'); // Cyrillic О, о inside a Latin word
    expect(normaliseText('0zon')).toBe('ozon');
    expect(normaliseText('se11er')).toBe('seller');
    expect(normaliseText('к0д')).toBe('код');
  });
  it('keeps numbers that are only digits (phones, cards, order numbers)', () => {
    expect(normaliseText('+7 916 555-43-21')).toBe('+7 916 555-43-21');
    expect(normaliseText('0128619527-0157-1')).toBe('0128619527-0157-1');
  });
  it('splits sentences without breaking domains', () => {
    expect(splitSentences('пишите в t.me/abc. спасибо!\nещё')).toEqual(['пишите в t.me/abc.', 'спасибо!', 'ещё']);
  });
});

describe('domains', () => {
  it('knows the genuine Ozon domains of portal.md §3.3', () => {
    for (const host of ['seller.ozon.ru', 'api-seller.ozon.ru', 'ws.seller.ozon.ru', 'docs.ozon.ru', 'docs.ozon.com', 'docs.ozon.by', 'docs.ozon.kz', 'seller-edu.ozon.ru', 'dev.ozon.ru', 'ozon.ru', 'ozon.com', 'global.ozon.ru', 'sso.ozon.ru', 'www.ozon.ru']) {
      expect(isGenuineOzon(host), host).toBe(true);
    }
    expect(GENUINE_OZON_DOMAINS).toContain('ozon.ru');
  });
  it('extracts URLs, bare domains and obfuscated dots', () => {
    expect(findDomains('см. https://bit.ly/x и clck.ru/abc').map((d) => d.host)).toEqual(['bit.ly', 'clck.ru']);
    expect(findDomains('ozon-seller[.]ru/login').map((d) => d.host)).toEqual(['ozon-seller.ru']);
    expect(findDomains('seller-ozon dot com').map((d) => d.host)).toEqual(['seller-ozon.com']);
    expect(findDomains('зайдите на ozon-seller . ru').map((d) => d.host)).toEqual(['ozon-seller.ru']);
    expect(findDomains('Thanks . me too')).toEqual([]);
    expect(findDomains('и т.д. файл.pdf document.title')).toEqual([]);
    expect(findDomains('пишите на ivan@mail.ru')).toEqual([]);
  });
  it('classifies look-alikes: hyphen tricks, digit swaps, Ozon as a subdomain, punycode, mixed scripts, user-info', () => {
    const kind = (text: string): string[] => findDomains(text).map((d) => d.kind);
    expect(kind('ozon-seller.ru')).toEqual(['lookalike']);
    expect(kind('seller-ozon.ru')).toEqual(['lookalike']);
    expect(kind('0zon.ru')).toEqual(['lookalike']);
    expect(kind('se11er.ozon-help.com')).toEqual(['lookalike']);
    expect(kind('https://seller.ozon.ru.verify-id.com/login')).toEqual(['lookalike']);
    expect(kind('https://xn--zon-red.ru')).toEqual(['lookalike']);
    expect(hostToUnicode('xn--zon-red.ru')).toBe('\u043ezon.ru');
    expect(kind('https://оzon.ru/seller')).toEqual(['lookalike']);
    expect(kind('ozonn.ru')).toEqual(['lookalike']);
    expect(kind('https://seller.ozon.ru@reports.example.com/')).toContain('lookalike');
    expect(kind('t.me/ozon_help_bot')).toEqual(['messenger']);
    expect(kind('https://example.com')).toEqual(['external']);
    expect(kind('https://docs.ozon.ru/api/seller/')).toEqual(['ozon']);
  });
  it('decodes punycode per RFC 3492', () => {
    expect(decodePunycode('80aswg')).toBe('сайт');
    expect(decodePunycode('zon-seller-dvi')).toBe('\u043ezon-seller');
    expect(decodePunycode('!!')).toBeNull();
  });
});

describe('rules', () => {
  it('no Customer tag in the Customers list → warn no-customer-tag', () => {
    const v = judge({ senderName: 'Мария', tag: null, list: 'customers', texts: ['Когда доставка?'] });
    expect(v.risk).toBe('warn');
    expect(v.reasons.map((r) => r.code)).toEqual(['no-customer-tag']);
    expect(judge({ senderName: 'Мария', list: 'customers', texts: ['Когда доставка?'] }).risk).toBe('none'); // tag unknown
  });
  it('a Customer-tagged sender named or writing as Ozon support → danger impersonates-support', () => {
    expect(judge(customer('Здравствуйте, есть вопрос.', 'Поддержка Ozon')).risk).toBe('danger');
    expect(codes(customer('Hello.', 'Оzоn Sеllеr Suppоrt'))).toEqual(['impersonates-support']);
    expect(codes(customer('Я из службы поддержки Ozon, ответьте на вопросы.'))).toEqual(['impersonates-support']);
    expect(codes(customer('Hi, this is Ozon Support.', 'Mark'))).toEqual(['impersonates-support']);
    expect(codes({ userType: 'Сustomer', senderName: 'Ozon Support', texts: ['hi'] })).toEqual(['impersonates-support']); // Cyrillic С
    expect(codes(customer('Я писала в поддержку Ozon, мне сказали обратиться к вам.'))).toEqual([]);
    expect(codes({ texts: ['Я из службы поддержки Ozon, ответьте на вопросы.'] })).toEqual(['impersonates-support']); // sender unknown
    expect(codes({ senderName: 'Ozon Support', texts: ['Hello.'] })).toEqual([]); // a name alone needs to know the sender is no Ozon chat
  });
  it.each<[string, ReasonCode]>([
    ['Напишите мне в Telegram @opt_buyer', 'messenger-move'],
    ['Мой номер +7 916 555-43-21', 'messenger-move'],
    ['Пишите в в а т с а п', 'messenger-move'],
    ['Продиктуйте код из СМС', 'asks-code'],
    ['Send me the 6-digit code you just received', 'asks-code'],
    ['Укажите номер карты и CVV', 'asks-card'],
    ['Пришлите фото паспорта', 'asks-personal-data'],
    ['Давайте без Ozon — переведу на карту', 'off-platform-payment'],
    ['Возврат прошёл ошибочно, верните деньги на карту 2202 2061 4455 7788', 'off-platform-payment'],
    ['Оплатите штраф по QR-коду', 'off-platform-payment'],
    ['Добавьте нашего специалиста в сотрудники', 'add-employee'],
    ['Add our specialist as an employee', 'add-employee'],
    ['Срочно ответьте, иначе подаю в суд', 'threat-urgency'],
    ['Your account will be blocked within 24 hours', 'threat-urgency'],
    ['Вот ссылка https://example.com/x', 'external-link'],
    ['Подтвердите на https://ozon-seller-support.ru', 'lookalike-domain'],
  ])('%s → %s', (text, code) => {
    expect(codes(customer(text))).toContain(code);
  });
  it('threat-urgency: a deadline and a threat to the seller, not a customer\'s own trouble', () => {
    expect(codes(customer('Ваш аккаунт будет заблокирован. Срочно подтвердите данные.'))).toEqual(['threat-urgency']);
    expect(codes(customer('Озон заблокировал оплату картой, срочно подскажите, как оплатить?'))).toEqual([]);
    expect(codes(customer('Курьер сказал, что будет штраф за возврат, это правда? Ответьте срочно.'))).toEqual([]);
  });
  it('combines: danger codes alone are danger, one warning is warn, two warnings are danger', () => {
    expect(riskOf(['asks-code'])).toBe('danger');
    expect(riskOf(['messenger-move'])).toBe('warn');
    expect(riskOf(['messenger-move', 'external-link'])).toBe('danger');
    expect(riskOf(['no-customer-tag', 'messenger-move'])).toBe('warn');
    expect(riskOf([])).toBe('none');
    expect(judge(customer('Пишите в t.me/shop_help')).risk).toBe('danger'); // messenger + external link
  });
  it('words in link paths are not read as prose', () => {
    expect(judge(customer('https://seller.ozon.ru/app/messenger?group=customers_v2')).risk).toBe('none');
    expect(codes(customer('https://example.com/verify-code/telegram'))).toEqual(['external-link']);
  });
  it('stays fast on long adversarial input', () => {
    for (const text of ['a'.repeat(4000), 'а '.repeat(2000), 'a.'.repeat(2000), 'x/'.repeat(2000), '1 '.repeat(2000), '@a'.repeat(2000)]) {
      const t = performance.now();
      judge(customer(text));
      expect(performance.now() - t, text.slice(0, 4)).toBeLessThan(500);
    }
  });
  it('ordinary alarming customer messages are not flagged', () => {
    for (const text of ['Курьер звонил, я не успела ответить', 'Срочно нужен заказ к пятнице', 'Где найти QR-код для возврата?', 'Нужен ли паспорт при получении?', 'Вот ссылка на товар https://www.ozon.ru/product/123/', 'Заказ 0128619527-0157 ещё не отправлен?']) {
      expect(judge(customer(text)).risk, text).toBe('none');
    }
  });
});

describe('real support is not flagged', () => {
  const harsh = 'Вам начислено 1200 штрафных баллов, магазин будет заблокирован через 7 дней. Подробнее: https://seller-edu.ozon.ru/policies';
  it.each<[string, Omit<ScamInput, 'texts'>]>([
    ['Support tag', { senderName: 'Поддержка Ozon', tag: 'support', list: 'support' }],
    ['chat type SELLER_SUPPORT', { chatType: 'SELLER_SUPPORT' }],
    ['user.type Support', { userType: 'Support' }],
    ['user.type NotificationUser', { userType: 'NotificationUser' }],
    ['Main list notice', { senderName: 'Ozon Логистика', tag: null, list: 'main' }],
    ['another Ozon list (Promotion, Training…)', { senderName: 'Ozon Продвижение', tag: null, list: 'other' }],
  ])('%s', (_, ctx) => {
    expect(judgeMessage(harsh, ctx)).toEqual({ risk: 'none', reasons: [] });
  });
  it('but a non-Ozon link from support is still reported', () => {
    expect(judgeMessage('Форма: https://files.example.com/a.pdf', { tag: 'support', list: 'support' }).reasons.map((r) => r.code)).toEqual(['external-link']);
  });
  it('the API outranks the page: a BUYER_SELLER chat with a Support-looking tag is a customer', () => {
    expect(judge({ tag: 'support', chatType: 'BUYER_SELLER', senderName: 'Ozon Support', texts: ['hi'] }).risk).toBe('danger');
  });
  it("the seller's own message is not judged", () => {
    expect(judgeMessage('Пишите в телеграм @shop', { userType: 'Seller' }).risk).toBe('none');
  });
});

describe('allowlist', () => {
  it('shows allowlisted with a trace of what it would have been', () => {
    const v = judge({ ...customer('Продиктуйте код из СМС'), allowlisted: true });
    expect(v.risk).toBe('none');
    expect(v.reasons).toHaveLength(1);
    expect(v.reasons[0]?.code).toBe('allowlisted');
    expect(v.reasons[0]?.evidence).toContain('asks-code');
  });
});

describe('reasons', () => {
  it('carry English and Russian explanations and evidence', () => {
    const v = judge(customer('Подтвердите на https://ozon-seller-support.ru/verify'));
    const link = v.reasons.find((r) => r.code === 'lookalike-domain');
    expect(link?.evidence).toBe('ozon-seller-support.ru');
    expect(judge(customer('Здравствуйте. Продиктуйте код из СМС, пожалуйста!')).reasons[0]?.evidence).toBe('продиктуйте код из смс, пожалуйста!');
    for (const r of v.reasons) {
      expect(r.en).toBe(REASON_TEXT[r.code].en);
      expect(r.ru).toBe(REASON_TEXT[r.code].ru);
      expect(r.ru).toMatch(/[а-я]/);
    }
  });
});

describe('HTML payloads are just text', () => {
  it('judges markup as text, without a DOM and without running it', () => {
    const before = document.title;
    const v = judge(customer('<script>document.title="pwned"</script><img src=x onerror="document.title=1">Когда отправка?', '<img src=x onerror=alert(1)>'));
    expect(v.risk).toBe('none');
    expect(document.title).toBe(before);
    expect(document.querySelector('img')).toBeNull();
  });
  it('still sees a link hidden in markup', () => {
    expect(codes(customer('<a href="https://ozon-seller.ru/login">вход</a>'))).toEqual(['external-link', 'lookalike-domain']);
  });
  it('survives non-string and huge input', () => {
    expect(judge({ texts: ['a'.repeat(200_000)] }).risk).toBe('none');
    expect(judge({ texts: [undefined as unknown as string] }).risk).toBe('none');
  });
});
