import { describe, expect, it } from 'vitest';
import { passphraseHint } from '../../../src/lib/handoff/passphraseStrength';

describe('the passphrase strength hint', () => {
  it('asks for a passphrase when there is none', () => {
    expect(passphraseHint('   ').strength).toBe('empty');
  });

  it.each(['abc12345', 'Password2026!', 'qwerty-qwerty', 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'])('calls %s weak', (text) => {
    expect(passphraseHint(text).strength).toBe('weak');
  });

  it('calls ten random letters and digits fair', () => {
    // 10 characters from a pool of 62: 10 × log2(62) ≈ 60 bits, between 45 and 65.
    expect(passphraseHint('k7Rq2mXw9b').strength).toBe('fair');
  });

  it.each(['orange lantern harbour quietly', 'correct-horse-battery-staple', 'V9#qLm2!xR7@tZ4w'])(
    'calls %s strong',
    (text) => {
      expect(passphraseHint(text).strength).toBe('strong');
    },
  );

  it('grows with length', () => {
    expect(passphraseHint('granite lantern').bits).toBeLessThan(passphraseHint('granite lantern orchard').bits);
  });
});
