import { randomInt } from 'node:crypto';

// Letters and digits without the look-alikes 0/O, 1/l/I, so the password survives being read aloud.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const GROUPS = 4;
const GROUP_LENGTH = 5;

/** Bits of randomness of a temporary password: 20 symbols of 56, about 116 bits. */
export const TEMPORARY_PASSWORD_BITS = GROUPS * GROUP_LENGTH * Math.log2(ALPHABET.length);

/**
 * A random temporary password like `k7Rmq-Xh2Pa-…`, from the operating system's CSPRNG with
 * uniform symbols (randomInt rejects biased draws); grouped so a person can copy it by hand.
 */
export function generateTemporaryPassword(): string {
  return Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  ).join('-');
}
