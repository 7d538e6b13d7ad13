import { describe, expect, it } from 'vitest';
import { splitViewParams, withViewParams } from './view-params';

describe('the sender’s view in a link', () => {
  it('travels as &u=decimal and &l=en, and only when it differs from the defaults', () => {
    expect(withViewParams('#s=1.abc', 'decimal', 'en')).toBe('#s=1.abc&u=decimal&l=en');
    expect(withViewParams('#s=1.abc', 'binary', 'ja')).toBe('#s=1.abc');
  });
  it('reads back, with &b too, ignoring anything unknown or hostile', () => {
    expect(splitViewParams('#s=1.abc&u=decimal&b=current&l=en')).toEqual({ link: '#s=1.abc', view: { units: 'decimal', basis: 'current', lang: 'en' } });
    expect(splitViewParams('#s=1.abc&u=constructor&l=__proto__&x=1')).toEqual({ link: '#s=1.abc', view: {} });
    expect(splitViewParams('#s=1.abc')).toEqual({ link: '#s=1.abc', view: {} });
  });
});
