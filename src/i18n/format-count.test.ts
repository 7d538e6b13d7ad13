import { describe, expect, it } from 'vitest';
import { formatCount, translate } from './messages';

describe('numbers in running text', () => {
  it('are grouped by thousands in both languages, every digit kept', () => {
    expect(translate('ja', 'findingCount', { n: 16000 })).toBe('16,000 件');
    expect(translate('en', 'showAllFindings', { n: 16000 })).toBe('Show all (16,000)');
    expect(formatCount(117.1875, 'en')).toBe('117.1875');
    expect(formatCount(7, 'ja')).toBe('7');
  });
});
