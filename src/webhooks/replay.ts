import type { QaRedis } from '../store/scripts.js';

// Mailgun signs timestamp + token, not the body: a captured request could carry
// another message under the same signature. So each token is good for one
// message: remembered in Redis (with a fingerprint of the message) for longer
// than a timestamp stays fresh. The same token with the same message is the
// provider retrying after a failure and passes; with another message it is refused.

const CLAIM = `
local seen = redis.call('GET', KEYS[1])
if seen then return seen end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
return false`;

export type Claim = 'new' | 'retry' | 'replay';

export function createReplayGuard(redis: QaRedis, keyPrefix: string, ttlSeconds: number) {
  return async function claim(provider: string, token: string, fingerprint: string): Promise<Claim> {
    const seen = (await redis.eval(CLAIM, 1, `${keyPrefix}:webhook-token:${provider}:${token}`, fingerprint, ttlSeconds)) as string | null;
    return seen === null ? 'new' : seen === fingerprint ? 'retry' : 'replay';
  };
}
