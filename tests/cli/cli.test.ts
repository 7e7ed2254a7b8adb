import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const bin = join(root, 'bin/email-qa.mjs');
const dev = join(root, 'tests/fixtures/dev');

function run(args: string[], input?: Buffer | string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(input ?? '');
  });
}

const lines = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l));

// Each test spawns the real command (TypeScript loader start-up included): generous timeouts for a loaded CI machine.
describe('email-qa score', { timeout: 120_000 }, () => {
  it('scores every .eml of a folder as one JSON line each, in sorted order, with progress on stderr only', async () => {
    const { code, out, err } = await run(['score', '--format', 'jsonl', dev]);
    expect(code).toBe(0);
    const results = lines(out);
    const files = readdirSync(dev).filter((f) => f.endsWith('.eml')).sort();
    expect(results.map((r) => r.source.split('/').pop())).toEqual(files);
    expect(results.every((r) => r.status === 'scored')).toBe(true);
    for (const r of results) {
      expect(Object.keys(r.criteria).sort()).toEqual(['apology', 'commitments', 'empathy', 'ownership', 'satisfaction_check']);
      for (const c of Object.values<any>(r.criteria))
        for (const e of c.evidence) expect(r.reply.text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(err).toMatch(/175 message\(s\)/);
  });

  it('reads one message from standard input with -', async () => {
    const raw = readFileSync(join(dev, 'dev-it-001.eml'));
    const { code, out } = await run(['score', '--format', 'json', '-'], raw);
    expect(code).toBe(0);
    const [r] = JSON.parse(out);
    expect(r.source).toBe('-');
    expect(r.language).toBe('it');
    expect(r.messageId).toMatch(/^<.+>$/);
  });

  it('scores each message of an mbox file and names it file#n', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-cli-'));
    const mbox = join(dir, 'sent.mbox');
    const msgs = ['dev-en-001.eml', 'dev-ro-003.eml'].map((f) => readFileSync(join(dev, f), 'latin1'));
    writeFileSync(mbox, msgs.map((m) => `From agent@example.com Mon Nov 23 10:00:00 2026\n${m.replace(/^(>*From )/gm, '>$1')}\n`).join(''), 'latin1');
    const { code, out } = await run(['score', mbox]);
    expect(code).toBe(0);
    const results = lines(out);
    expect(results.map((r) => r.source)).toEqual([`${mbox}#1`, `${mbox}#2`]);
    expect(results.map((r) => r.language)).toEqual(['en', 'ro']);
  });

  it('gives unreadable input exit status 1 and non-email bytes an unscorable line with a reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-cli-'));
    const junk = join(dir, 'junk.eml');
    writeFileSync(junk, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 255, 254]));
    const { code, out, err } = await run(['score', junk, join(dir, 'missing.eml')]);
    expect(code).toBe(1);
    const [r] = lines(out);
    expect(r.status).toBe('unscorable');
    expect(r.reason).toMatch(/\w{8,}/);
    expect(err).toMatch(/cannot read .*missing\.eml/);
  });

  it('answers bad usage with exit status 2 and the usage text', async () => {
    const a = await run(['score']);
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/usage: email-qa/);
    const b = await run(['score', '--format', 'xml', dev]);
    expect(b.code).toBe(2);
    const c = await run(['frobnicate']);
    expect(c.code).toBe(2);
  });

  it('prints a readable table with --format table', async () => {
    const { code, out } = await run(['score', '--format', 'table', join(dev, 'dev-en-001.eml'), join(dev, 'dev-de-001.eml')]);
    expect(code).toBe(0);
    expect(out).toMatch(/^message\s+lang\s+score\s+apology/);
    expect(out).toMatch(/dev-de-001\.eml\s+de\s+\d+/);
    expect(out).toMatch(/2 message\(s\), 2 scored/);
  });
});
