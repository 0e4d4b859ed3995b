// Issue 12, item 7: display tricks must not hide a scam. Bidi overrides are read in the order they display, invisible
// characters (Unicode Cf and the like) are removed, and a long text is judged whole, in overlapping windows.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { judge, judgeMessage } from '@/lib/scam';
import { TEXT_MAX, WINDOW_OVERLAP, textWindows } from '@/lib/scam/judge';
import { basicNormalise, displayOrder, visibleText } from '@/lib/scam/normalise';

const RLO = '\u202E';
const LRO = '\u202D';
const PDF = '\u202C';
const RLI = '\u2067';
const PDI = '\u2069';
const MOVE = 'Напишите мне в телеграм @seller_helper_24, там быстрее ответят';
const PADDING = 'Спасибо, всё хорошо, жду заказ. ';

const codes = (text: string) => judgeMessage(text, { tag: 'customer', list: 'customers' }).reasons.map((r) => r.code);
const nameCodes = (senderName: string) => judge({ senderName, tag: 'customer', list: 'customers', texts: ['Здравствуйте!'] }).reasons.map((r) => r.code);

describe('displayOrder: bidi overrides read as displayed', () => {
  it('reverses a right-to-left override run up to its PDF, or the end of the line', () => {
    expect(displayOrder(`${RLO}troppus nozO`)).toBe('Ozon support');
    expect(displayOrder(`Hi ${RLO}troppus${PDF} nozO`)).toBe('Hi support nozO');
    expect(displayOrder(`${RLO}ba\ncd`)).toBe('ab\ncd');
  });

  it('keeps a nested left-to-right run whole, placed in the reversed order', () => {
    expect(displayOrder(`a${RLO}cb${LRO}xy${PDF}d${PDF}e`)).toBe('adxybce');
  });

  it('ends an override inside an isolate at the isolate’s PDI', () => {
    expect(displayOrder(`${RLI}${RLO}ba${PDI}cd`)).toBe('abcd');
  });

  it('leaves a text without an override untouched', () => {
    expect(displayOrder('Ozon support')).toBe('Ozon support');
    expect(displayOrder(`x${RLI}y${PDI}`)).toBe(`x${RLI}y${PDI}`);
  });
});

describe('invisible characters', () => {
  it('removes every format character and the invisible marks outside Cf', () => {
    const invisible = ['\u200B', '\u200C', '\u200D', '\u2060', '\u2063', '\uFEFF', '\u00AD', '\u061C', '\u180E', '\u034F', '\uFE0F', '\u{E0041}', '\u{E0101}', '\u3164', '\u17B4', '\u202A', '\u2066'];
    for (const ch of invisible) expect(visibleText(`te${ch}le${ch}gram`), `U+${ch.codePointAt(0)!.toString(16)}`).toBe('telegram');
    expect(basicNormalise('Т\u200Bе\u2060л\u00ADе\u{E0020}г\u200Dр\u2062а\u2064м')).toBe('телеграм');
  });
});

describe('the sender’s name as displayed', () => {
  it('flags a name that displays as "Ozon support" through a right-to-left override, with the displayed name as evidence', () => {
    const verdict = judge({ senderName: `${RLO}troppus nozO`, tag: 'customer', list: 'customers', texts: ['Здравствуйте!'] });
    expect(verdict.reasons.map((r) => r.code)).toContain('impersonates-support');
    expect(verdict.reasons.find((r) => r.code === 'impersonates-support')?.evidence).toBe('Ozon support');
  });

  it('flags names split or padded with invisible characters, however long the padding', () => {
    expect(nameCodes('O\u200Bzon S\u2060upp\u00ADort')).toContain('impersonates-support');
    expect(nameCodes(`${'\u200B'.repeat(500)}Служба поддержки`)).toContain('impersonates-support');
    expect(nameCodes(`${RLO}${'\u200B'.repeat(300)}кдредд${'\u200D'}оп нозО`)).toContain('impersonates-support');
  });

  it('leaves an ordinary name alone', () => {
    expect(nameCodes('Анна Смирнова')).toEqual([]);
    expect(nameCodes(`${RLO}аннА`)).toEqual([]);
  });
});

describe('long texts are judged whole', () => {
  it('sees a move to a messenger after 4,000 characters of padding, visible or invisible', () => {
    expect(codes(PADDING.repeat(130) + MOVE)).toContain('messenger-move');
    expect(codes('\u200B'.repeat(5000) + MOVE)).toContain('messenger-move');
    expect(codes(PADDING.repeat(3000) + MOVE)).toContain('messenger-move');
  });

  it('reads a right-to-left override that spans a window’s edge', () => {
    const reversed = [...MOVE].reverse().join('');
    expect(codes(`${PADDING.repeat(120)}${RLO}${reversed}`)).toContain('messenger-move');
    expect(codes(`${RLO}${reversed}`)).toContain('messenger-move');
  });

  it('finds the phrase wherever it sits in padding of any length (generated)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12_000 }), fc.integer({ min: 0, max: 6_000 }), (before, after) => {
        const text = PADDING.repeat(Math.ceil(before / PADDING.length)).slice(0, before) + ` ${MOVE} ` + PADDING.repeat(Math.ceil(after / PADDING.length)).slice(0, after);
        return codes(text).includes('messenger-move');
      }),
      { numRuns: 60 },
    );
  });

  it('adds nothing to a long harmless text', () => {
    expect(codes(PADDING.repeat(500))).toEqual([]);
  });

  it('cuts windows that cover the text, overlap and start at a boundary', () => {
    // Numbered sentences: every window is found at exactly one place.
    const text = Array.from({ length: 6000 }, (_, i) => `Фраза ${i}.`).join(' ');
    const windows = textWindows(text);
    expect(windows.length).toBeGreaterThan(text.length / TEXT_MAX);
    expect(windows.every((w) => w.length <= TEXT_MAX)).toBe(true);
    expect(windows.slice(1).every((w) => w.startsWith('Фраза '))).toBe(true);
    let covered = 0;
    for (const w of windows) {
      const at = text.indexOf(w);
      expect(at).toBeGreaterThanOrEqual(0);
      if (at > 0) expect(covered - at).toBeGreaterThanOrEqual(WINDOW_OVERLAP / 2);
      covered = at + w.length;
    }
    expect(covered).toBe(text.length);
    expect(textWindows('short')).toEqual(['short']);
  });

  it('stays linear: a 1 MB text is judged in about a second', () => {
    const text = PADDING.repeat(32_000) + MOVE;
    const started = performance.now();
    expect(codes(text)).toContain('messenger-move');
    // About 1 s on a busy 2-core machine; a quadratic pass would take minutes.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
