import { createHash, timingSafeEqual } from 'node:crypto';

// SMTP AUTH (PLAIN or LOGIN) against the one configured user. Both sides are
// hashed first, so the comparison takes the same time whatever the guess.

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function createCredentialCheck(expected: { user: string; password: string }) {
  const user = digest(expected.user);
  const password = digest(expected.password);
  return (given: { username?: string; password?: string }): boolean => {
    // Both compared, always: no early exit that would tell a right user name from a wrong one.
    const userOk = timingSafeEqual(digest(given.username ?? ''), user);
    const passwordOk = timingSafeEqual(digest(given.password ?? ''), password);
    return userOk && passwordOk;
  };
}
