/**
 * A rough strength hint for the passphrase a visitor types to seal a hand-off. It estimates the
 * guesses an attacker needs, as bits: the larger of a character-pool estimate (length × log2 of the
 * pool its character classes span) and a word estimate (about 11 bits per word of four letters or
 * more, a conservative figure for a word picked from a large list; diceware words give 12.9).
 * Well-known weak words sink it. It is a hint, not a guarantee: the sender chooses.
 */
export type PassphraseStrength = 'empty' | 'weak' | 'fair' | 'strong';

export interface PassphraseHint {
  strength: PassphraseStrength;
  /** Estimated bits of guessing work, before PBKDF2's 600,000 iterations (about 19 bits more). */
  bits: number;
}

/** Bits below which a passphrase is weak, and from which it is strong. */
export const WEAK_BELOW_BITS = 45;
export const STRONG_FROM_BITS = 65;
const BITS_PER_WORD = 11;

// The most common passwords' stems (NCSC's top-100,000 list begins with these): they are guessed first.
const COMMON_STEMS = ['password', 'passw0rd', 'qwerty', 'letmein', 'welcome', 'iloveyou', 'admin', '123456', 'abc123'];

function characterPool(text: string): number {
  let pool = 0;
  if (/[a-z]/.test(text)) pool += 26;
  if (/[A-Z]/.test(text)) pool += 26;
  if (/[0-9]/.test(text)) pool += 10;
  if (/[ -/:-@[-`{-~]/.test(text)) pool += 33;
  if (/[^\x20-\x7e]/.test(text)) pool += 100;
  return pool;
}

export function passphraseHint(passphrase: string): PassphraseHint {
  const text = passphrase.normalize('NFC');
  if (text.trim() === '') return { strength: 'empty', bits: 0 };
  const characters = [...text];
  // A run of one repeated character adds almost nothing: count each run once.
  const runs = characters.filter((character, index) => character !== characters[index - 1]).length;
  const poolBits = runs * Math.log2(Math.max(2, characterPool(text)));
  const words = text.split(/[\s\-_.,;:]+/).filter((word) => word.length >= 4).length;
  const wordBits = words >= 2 ? words * BITS_PER_WORD : 0;
  const lower = text.toLowerCase();
  const common = COMMON_STEMS.some((stem) => lower.includes(stem));
  const bits = Math.round(common ? Math.min(poolBits, 20) : Math.max(poolBits, wordBits));
  const strength = bits < WEAK_BELOW_BITS ? 'weak' : bits < STRONG_FROM_BITS ? 'fair' : 'strong';
  return { strength, bits };
}
