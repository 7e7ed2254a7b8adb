import autoReply from './auto-reply.json' with { type: 'json' };
import type { HeaderView } from './headers.js';

// Which copies count as an agent's outbound reply. Everything else is recorded
// as skipped with its reason, never scored: bounces, auto-replies, and mail that
// is not from a support address.

export type Verdict = { count: true } | { count: false; reason: string };

const OOO_PREFIXES = Object.values(autoReply.subjectPrefixes as Record<string, string[]>).flat();
const BOUNCE_SENDERS = /^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@/i;

export interface ReplyFilter {
  /** Domains whose mail counts (subdomains too); empty with no agents: every domain. */
  supportDomains: string[];
  isAgentAddress(address: string): boolean;
  hasAgents: boolean;
}

export function classify(h: HeaderView, filter: ReplyFilter, opts: { agentHinted?: boolean } = {}): Verdict {
  const contentType = (h.get('content-type') ?? '').toLowerCase();
  if (contentType.startsWith('multipart/report')) return skip('bounce: a delivery status report (multipart/report)');
  if (h.from && BOUNCE_SENDERS.test(h.from)) return skip(`bounce: sent by ${h.from.split('@')[0]}`);
  const returnPath = h.get('return-path');
  if (returnPath !== undefined && /^<\s*>$/.test(returnPath.trim())) return skip('bounce or automatic message: empty Return-Path <>');

  const autoSubmitted = h.get('auto-submitted');
  if (autoSubmitted && autoSubmitted.split(';')[0].trim().toLowerCase() !== 'no') {
    return skip(`auto-reply: Auto-Submitted: ${autoSubmitted.split(';')[0].trim()}`);
  }
  for (const field of ['x-autoreply', 'x-autorespond', 'x-autoresponse']) {
    const v = h.get(field);
    if (v !== undefined && v.trim().toLowerCase() !== 'no') return skip(`auto-reply: ${field} header`);
  }
  const precedence = h.get('precedence')?.trim().toLowerCase();
  if (precedence === 'auto_reply') return skip('auto-reply: Precedence: auto_reply');
  const subject = h.subject.trim().toLowerCase().replace(/^[[(]\s*/, '');
  const ooo = OOO_PREFIXES.find((p) => subject.startsWith(p) && !/[\p{L}\p{N}]/u.test(subject.charAt(p.length)));
  if (ooo) return skip(`auto-reply: out-of-office subject ("${ooo}")`);

  if (opts.agentHinted || (!filter.supportDomains.length && !filter.hasAgents)) return { count: true };
  if (!h.from) return skip('not an agent reply: no From address');
  if (filter.isAgentAddress(h.from)) return { count: true };
  const domain = h.from.slice(h.from.lastIndexOf('@') + 1);
  if (filter.supportDomains.some((d) => domain === d || domain.endsWith('.' + d))) return { count: true };
  return skip('not an agent reply: From is neither a support domain nor a known agent');
}

const skip = (reason: string): Verdict => ({ count: false, reason });
