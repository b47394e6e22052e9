import { containsPattern, escapeLike } from './like-pattern';

describe('LIKE patterns from search text', () => {
  it('escapes the wildcards and the escape character, and nothing else', () => {
    expect(escapeLike('50%_a\\b 科普')).toBe('50\\%\\_a\\\\b 科普');
  });

  it('wraps the escaped text for a contains-search', () => {
    expect(containsPattern('a_b')).toBe('%a\\_b%');
    expect(containsPattern('')).toBe('%%');
  });
});
