import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFileText, decodeText } from './decode-text';
import { encodeShiftJis, SHIFT_JIS_FIRST_HALF } from '../test-support/shift-jis-encoder';

const NAME = 'ファイルサーバー,経理DB,D:\\VMs\\業務01.vhdx';

describe('decoding a file whatever tool wrote it', () => {
  it('follows a BOM: UTF-8, UTF-16LE, UTF-16BE', () => {
    const le = Buffer.from(NAME, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeFileText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(NAME)]))).toEqual({ ok: true, text: NAME, encoding: 'utf-8' });
    expect(decodeFileText(new Uint8Array([0xff, 0xfe, ...le]))).toEqual({ ok: true, text: NAME, encoding: 'utf-16le' });
    expect(decodeFileText(new Uint8Array([0xfe, 0xff, ...be]))).toEqual({ ok: true, text: NAME, encoding: 'utf-16be' });
  });

  it('reads a Shift_JIS file (Excel in Japan) as Shift_JIS and says so, in both languages', () => {
    const bytes = encodeShiftJis(NAME);
    expect(decodeFileText(bytes, 'en')).toEqual({
      ok: true,
      text: NAME,
      encoding: 'shift_jis',
      note: 'read as Shift_JIS (it is not UTF-8); check that the names look right',
    });
    const ja = decodeFileText(bytes, 'ja');
    expect(ja.ok && ja.note).toBe('Shift_JIS として読みました (UTF-8 ではありません)。名前が正しいか確認してください');
    expect(decodeText(bytes)).toBe(NAME);
  });

  it('refuses bytes that are neither UTF-8 nor Shift_JIS, saying why', () => {
    const bytes = new Uint8Array([0x41, 0xff, 0xfd, 0x80, 0x42]);
    expect(decodeFileText(bytes, 'en')).toEqual({ ok: false, message: 'is neither UTF-8 nor Shift_JIS text, so it cannot be read; save it as UTF-8' });
    expect(decodeFileText(bytes, 'ja')).toEqual({ ok: false, message: 'UTF-8 でも Shift_JIS でもないため読めません。UTF-8 で保存し直してください' });
    // The text-only reading keeps its old behaviour, so the JSON or CSV reader reports what it meets.
    expect(decodeText(bytes)).toBe('A\uFFFD\uFFFD\uFFFDB');
  });

  it('reads any text saved as UTF-8 back exactly, with no note (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(decodeFileText(new TextEncoder().encode(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads any Japanese text saved as Shift_JIS back exactly, with the note (property)', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) });
    const kana = fc.constantFrom(...SHIFT_JIS_FIRST_HALF);
    const text = fc.tuple(ascii, fc.array(fc.tuple(kana, ascii), { minLength: 1, maxLength: 20 })).map(([a, rest]) => a + rest.flat().join(''));
    fc.assert(
      fc.property(text, (t) => {
        const decoded = decodeFileText(encodeShiftJis(t), 'en');
        expect(decoded.ok && decoded.text).toBe(t);
        expect(decoded.ok && decoded.encoding).toBe('shift_jis');
      }),
      { numRuns: 2_000 },
    );
  });

  it('never throws on arbitrary bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const decoded = decodeFileText(bytes, 'en');
        expect(decoded.ok ? typeof decoded.text : decoded.message.length > 3).toBeTruthy();
      }),
      { numRuns: 5_000 },
    );
  });
});
