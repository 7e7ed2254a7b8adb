import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/result.js';
import { startServer, type ServerHandle } from '../../src/service/start.js';
import type { ResultStore } from '../../src/store/results.js';
import { deletePrefix, uniquePrefix } from '../helpers/redis.js';
import { makeResult, openStore, scoredFixtures, seed } from '../helpers/review-seed.js';
import { READ_TOKEN, testConfig } from '../helpers/service.js';

// The dashboard in headless Chromium against a running service with seeded
// results: sign in, the agents table (sorting by mouse and keyboard), an agent,
// a reply with its evidence marked in place, a review from the queue with the
// keyboard, and calibration changing because of it. Debian's chromium is
// required: without it these tests fail (CI installs it), they never skip.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = process.env.SCREENSHOT_DIR ?? tmpdir();
const DAY = 86_400_000;
const HOSTILE = 'Hello <img src=x onerror="window.__xss=1"> <script>window.__xss=2</script> I have refunded you. Does this work for you?';

const prefix = uniquePrefix('dash');
let handle: ServerHandle;
let store: ResultStore;
let context: BrowserContext;
let page: Page;
let userDir: string;
let fixtures: Result[];
const problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH). They do not skip.`);
  }
  const config = testConfig(prefix);
  handle = await startServer(config, { print: () => {} });
  store = openStore(config);
  const now = Date.now();
  fixtures = (await scoredFixtures(['dev-en-001.eml', 'dev-en-002.eml', 'dev-en-003.eml', 'dev-en-004.eml', 'dev-en-005.eml', 'dev-en-006.eml'])).filter((r) => r.status === 'scored');
  await seed(store, fixtures, (i) => now - (i + 1) * 3_600_000);
  // A week of replies for two agents, for trends; one with hostile markup in its text.
  const week: Result[] = [];
  for (let d = 0; d < 7; d++) {
    week.push(makeResult({ id: `ana-${d}`, agent: 'ana', name: 'Ana Lima', team: 'Home', score: 60 + d * 5 }));
    week.push(makeResult({ id: `bo-${d}`, agent: 'bo', name: 'Bo Berg', team: 'Billing', score: 90 - d * 4, verdicts: d % 2 ? { empathy: 'fail' } : {} }));
  }
  week.push(makeResult({ id: 'hostile', agent: 'bo', name: 'Bo Berg', team: 'Billing', score: 10, text: HOSTILE, subject: '<b>bold</b> subject' }));
  await seed(store, week, (i) => now - (7 - Math.floor(i / 2)) * DAY - 60_000 * (i + 1));

  userDir = mkdtempSync(join(tmpdir(), 'qa-chromium-'));
  context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  // The one refusal expected is the wrong token tried on purpose.
  page.on('console', (m) => m.type() === 'error' && !/status of 401/.test(m.text()) && problems.push(`console: ${m.text()} at ${m.location().url}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
}, 120_000);

afterAll(async () => {
  await context?.close();
  if (userDir) rmSync(userDir, { recursive: true, force: true });
  await handle?.close();
  store?.redis.disconnect();
  await deletePrefix(prefix);
});

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `email-qa-${name}.png`), fullPage: true });
const firstColumn = () => page.$$eval('#agents-table tbody tr', (rows) => rows.map((r) => r.querySelector('th')!.textContent));

// A busy CI machine runs a browser and the service on two cores: each step gets room.
describe('the dashboard', { timeout: 90_000 }, () => {
  it('serves its static files without a token, and no data without one', async () => {
    const res = await fetch(`${handle.url}/dashboard/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(`${handle.url}/dashboard`, { redirect: 'manual' })).headers.get('location')).toBe('/dashboard/');
    expect((await fetch(`${handle.url}/v1/agents`)).status).toBe(401);
  });

  it('asks for the read token once and shows the agents table', async () => {
    await page.goto(`${handle.url}/dashboard/`);
    await page.getByLabel('Read token').fill('wrong-token');
    await page.getByRole('button', { name: 'Open the dashboard' }).click();
    await page.getByText('That token was refused.').waitFor();
    await page.getByLabel('Read token').fill(READ_TOKEN);
    await page.getByRole('button', { name: 'Open the dashboard' }).click();
    await page.locator('#agents-table').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('email-qa.token'))).toBe(READ_TOKEN);
    await page.locator('#agents-table svg.spark').first().waitFor();
    expect(await page.locator('#agents-table tbody tr').count()).toBe(2 + new Set(fixtures.map((r) => r.agent.id)).size);
    await shot('agents');
  });

  it('sorts the table by clicking a header, and from the keyboard', async () => {
    await page.getByRole('button', { name: 'Agent', exact: true }).click();
    const asc = await firstColumn();
    expect(asc).toEqual([...asc].sort((a, b) => a!.toLowerCase().localeCompare(b!.toLowerCase())));
    expect(await page.locator('th[data-key="agent"]').getAttribute('aria-sort')).toBe('ascending');
    await page.getByRole('button', { name: 'Score', exact: true }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('th[data-key="score"]').getAttribute('aria-sort')).toBe('descending');
    await page.keyboard.press('Space');
    expect(await page.locator('th[data-key="score"]').getAttribute('aria-sort')).toBe('ascending');
    expect(await page.locator('#status').textContent()).toContain('Sorted by Score, ascending');
  });

  it('opens an agent: score over time, criteria, lowest-scoring replies', async () => {
    await page.getByRole('link', { name: 'Bo Berg' }).click();
    await page.getByRole('heading', { name: 'Bo Berg', level: 1 }).waitFor();
    expect(await page.locator('svg.chart circle.dot').count()).toBeGreaterThanOrEqual(7);
    expect(await page.locator('#criteria-table tbody tr').count()).toBe(5);
    const lowest = page.locator('#lowest li a').first();
    expect(await lowest.textContent()).toBe('<b>bold</b> subject');
    await shot('agent');
  });

  it('shows a reply with its evidence marked in place, and untrusted text as text', async () => {
    await page.goto(`${handle.url}/dashboard/#/replies/hostile`);
    await page.locator('#reply-text').waitFor();
    expect(await page.locator('#reply-text').textContent()).toBe(HOSTILE);
    expect(await page.locator('#reply-text img, #reply-text script, h1 b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    const r = fixtures.find((x) => Object.values(x.criteria).some((c) => c.evidence.length >= 2))!;
    await page.goto(`${handle.url}/dashboard/#/replies/${r.id}`);
    await page.locator('#reply-text mark.ev').first().waitFor();
    // Every evidence span is covered by marks of its criterion, at its offsets.
    const marks = await page.$$eval('#reply-text', ([el]) => {
      const out: { start: number; end: number; criteria: string[] }[] = [];
      let pos = 0;
      for (const node of el.childNodes) {
        const len = node.textContent!.length;
        if (node instanceof HTMLElement && node.tagName === 'MARK') out.push({ start: pos, end: pos + len, criteria: node.dataset.criteria!.split(' ') });
        pos += len;
      }
      return out;
    });
    for (const [id, c] of Object.entries(r.criteria)) {
      for (const e of c.evidence) {
        const covering = marks.filter((m) => m.start < e.end && m.end > e.start && m.criteria.includes(id));
        expect(covering.reduce((n, m) => n + Math.min(m.end, e.end) - Math.max(m.start, e.start), 0), `${id} ${e.text}`).toBe(e.end - e.start);
      }
    }
    expect(await page.locator('details.quoted').getAttribute('open')).toBeNull();
    expect(await page.locator('details.quoted pre').textContent()).toBe(r.reply.quoted);
    await shot('reply');
  });

  it('takes a sample, reviews with the keyboard, and calibration changes', async () => {
    await page.goto(`${handle.url}/dashboard/#/calibration`);
    await page.getByText('No reviews in this period yet').waitFor();

    await page.goto(`${handle.url}/dashboard/#/review`);
    await page.getByLabel('Reviewer').fill('maria');
    await page.getByLabel('Strategy').selectOption('lowest');
    await page.getByLabel('Replies').fill('2');
    await page.getByLabel('Seed').fill('browser');
    await page.getByRole('button', { name: 'Take sample' }).click();
    await page.locator('#review-form').waitFor();
    expect(await page.locator('#queue-progress').textContent()).toContain('Reply 1 of 2');
    const first = await page.locator('.subject a').getAttribute('href');
    await page.getByLabel('Save this sample as an assignment named').fill('Browser week');
    await page.getByRole('button', { name: 'Save assignment' }).click();
    await page.getByText('Saved the assignment "Browser week" (2 replies).').waitFor();
    await page.locator('#assignments li', { hasText: 'Browser week' }).getByText('0 of 2 reviewed').waitFor();
    await page.locator('input[name="v-apology"]').first().focus();
    await shot('review');
    // Focus starts on the first criterion: 2 = fail for apology, then 1 1 1 1 for the rest.
    for (const k of ['2', '1', '1', '1', '1']) await page.keyboard.press(k);
    expect(await page.locator('input[name="v-apology"][value="fail"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="v-satisfaction_check"][value="pass"]').isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('Review saved (1 of 2).').waitFor();
    await expect.poll(() => page.locator('#queue-progress').textContent()).toContain('Reply 2 of 2');
    expect(await page.locator('.subject a').getAttribute('href')).not.toBe(first);
    await page.keyboard.press('k');
    await expect.poll(() => page.locator('#queue-progress').textContent()).toContain('Reply 1 of 2');
    // The saved review comes back checked.
    expect(await page.locator('input[name="v-apology"][value="fail"]').isChecked()).toBe(true);

    await page.getByRole('link', { name: 'Calibration' }).click();
    await page.locator('#calibration-table').waitFor();
    await page.getByRole('link', { name: 'Review queue' }).click();
    await page.locator('#assignments li', { hasText: 'Browser week' }).getByText('1 of 2 reviewed').waitFor();
    // Opening the assignment goes to the first reply not reviewed yet.
    await page.getByRole('button', { name: 'Browser week' }).click();
    await expect.poll(() => page.locator('#queue-progress').textContent()).toContain('Browser week: Reply 2 of 2 · 1 reviewed');
    await page.getByRole('link', { name: 'Calibration' }).click();
    await page.locator('#calibration-table').waitFor();
    const rows = await page.$$eval('#calibration-table tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-criterion'), tr.querySelectorAll('td')[0].textContent]));
    expect(rows.map(([c]) => c)).toEqual(['apology', 'empathy', 'ownership', 'commitments', 'satisfaction_check']);
    expect(rows.every(([, n]) => n === '1')).toBe(true);
    expect(await page.locator('table.matrix').count()).toBe(5);
    await shot('calibration');
  });

  it('hides the machine\'s judgement in a blind review', async () => {
    await page.goto(`${handle.url}/dashboard/#/review`);
    await page.getByLabel('Blind review: hide the machine\'s score, evidence and verdicts').check();
    await page.getByLabel('Strategy').selectOption('random');
    await page.getByLabel('Seed').fill('blind');
    await page.getByRole('button', { name: 'Take sample' }).click();
    // The view may still show the reply of the assignment opened before (the
    // page is not reloaded between tests) until the new sample has rendered.
    await expect.poll(() => page.locator('#queue-progress').textContent(), { timeout: 10_000 }).not.toContain('Browser week');
    await page.locator('#review-form').waitFor();
    await page.locator('#reply-text').waitFor();
    expect(await page.locator('#reply-text mark, #verdicts, .score-pill').count()).toBe(0);
    expect(await page.locator('#review-form').textContent()).not.toContain('machine:');
    await page.getByLabel('Blind review: hide the machine\'s score, evidence and verdicts').uncheck();
  });

  it('keeps text contrast at 4.5:1 or more', async () => {
    const low: string[] = [];
    for (const view of ['#/agents', '#/agents/bo', '#/replies/' + fixtures[0].id, '#/review', '#/calibration']) {
      await page.goto(`${handle.url}/dashboard/${view}`);
      await page.locator('main h1').waitFor();
      await page.locator('main[aria-busy]').waitFor({ state: 'detached' });
      low.push(
        ...(await page.evaluate(() => {
          const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
          const lum = ([r, g, b]: number[]) => {
            const f = (x: number) => ((x /= 255) <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4);
            return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
          };
          const background = (el: Element | null): number[] => {
            for (; el; el = el.parentElement) {
              const c = rgb(getComputedStyle(el).backgroundColor);
              if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
            }
            return [255, 255, 255];
          };
          const out: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement!;
            if (!n.textContent!.trim() || !el.checkVisibility() || el.closest('svg')) continue;
            const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(background(el))];
            const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            if (ratio < 4.5) out.push(`${location.hash} ${el.tagName}.${el.className} "${n.textContent!.trim().slice(0, 30)}": ${ratio.toFixed(2)}`);
          }
          return out;
        })),
      );
    }
    expect(low).toEqual([]);
  });

  it('logged no script errors and ran no injected script', () => {
    expect(problems).toEqual([]);
  });
});
