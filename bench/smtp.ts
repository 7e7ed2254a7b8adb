// npm run bench:smtp: ingest over SMTP beside ingest over HTTP, in the same run.
// The service's API with its SMTP listener runs in a child process (no workers:
// this measures taking messages in, up to "durably queued"), on a redis-server
// of its own on a spare port. The same number of messages go through each door
// with the same number of parallel connections: HTTP posts on keep-alive
// connections, SMTP through a pool of connections that each deliver many
// messages, as Postfix does with its connection cache.
//
//   BENCH_MESSAGES (5000 per door and round) · BENCH_CONNECTIONS (8) · BENCH_ROUNDS (3)
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import nodemailer from 'nodemailer';
import { loadConfig } from '../src/config.js';
import { variants } from '../tests/helpers/eml.js';
import { startOwnRedis } from '../tests/helpers/redis.js';

const SELF = fileURLToPath(import.meta.url);
const TOKEN = 'bench-token';

if (process.argv[2] === '--role=server') await server();
else await main();

/** The child: the API with its SMTP listener until the parent says stop. */
async function server() {
  const { startServer } = await import('../src/service/start.js');
  const handle = await startServer(loadConfig(), { print: () => {} });
  process.send!({ url: handle.url, smtpPort: handle.smtpPort });
  process.on('message', async (m) => {
    if (m === 'cpu') {
      const cpu = process.cpuUsage();
      return process.send!({ cpuSeconds: (cpu.user + cpu.system) / 1e6 });
    }
    await handle.close();
    const cpu = process.cpuUsage();
    process.send!({ cpuSeconds: (cpu.user + cpu.system) / 1e6 }, () => process.exit(0));
  });
}

async function main() {
  const n = Number(process.env.BENCH_MESSAGES ?? 5000);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 8);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const own = await startOwnRedis();
  const prefix = `bench-smtp-${process.pid}`;
  const env = {
    ...process.env,
    REDIS_URL: own.url,
    QA_PREFIX: prefix,
    QA_INGEST_TOKEN: TOKEN,
    QA_READ_TOKEN: 'bench-read',
    PORT: '0',
    QA_SMTP_PORT: '0',
    QA_SMTP_HOST: '127.0.0.1',
    QA_SMTP_ALLOW: '127.0.0.1/32',
    QA_SMTP_MAX_CLIENTS: String(connections * 2),
    LOG_LEVEL: 'silent',
  };
  const child = fork(SELF, ['--role=server'], { execArgv: ['--import', new URL('../bin/register.mjs', import.meta.url).href], env, stdio: 'inherit' });
  const { url, smtpPort } = await new Promise<{ url: string; smtpPort: number }>((resolve) => child.once('message', (m) => resolve(m as never)));
  const redis = new Redis(own.url);

  try {
    const sample = variants(1, 'size')[0];
    console.log(`bench:smtp: ${n} messages per door and round (~${(sample.length / 1024).toFixed(1)} KB each), ${connections} parallel connections, ${rounds} round(s); API and SMTP listener in one child process, redis-server ${own.url}`);
    const http = createHttpDoor(url, connections);
    const smtp = createSmtpDoor(smtpPort, connections);
    await http(variants(200, `warm-http-${process.pid}`));
    await smtp(variants(200, `warm-smtp-${process.pid}`));

    const rates = { http: [] as number[], smtp: [] as number[] };
    // Wall-clock rates move with whatever else the machine runs; the server's CPU time per message moves less.
    const cpuPerMessage = { http: [] as number[], smtp: [] as number[] };
    const serverCpu = () =>
      new Promise<number>((resolve) => {
        child.once('message', (m) => resolve((m as { cpuSeconds: number }).cpuSeconds));
        child.send('cpu');
      });
    for (let r = 1; r <= rounds; r++) {
      for (const door of r % 2 ? (['http', 'smtp'] as const) : (['smtp', 'http'] as const)) {
        const messages = variants(n, `${door}-${r}-${process.pid}`);
        const cpu0 = await serverCpu();
        const t0 = performance.now();
        await (door === 'http' ? http : smtp)(messages);
        const rate = n / ((performance.now() - t0) / 1000);
        const cpuMs = ((await serverCpu()) - cpu0) * 1000 / n;
        rates[door].push(rate);
        cpuPerMessage[door].push(cpuMs);
        console.log(`  round ${r} ${door.toUpperCase().padEnd(4)}: ${rate.toFixed(0)} msg/s, server CPU ${cpuMs.toFixed(2)} ms/message`);
      }
    }
    const expected = 2 * (200 + rounds * n);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const [h, s] = [median(rates.http), median(rates.smtp)];
    console.log(`HTTP ingest (POST /v1/messages): ${h.toFixed(0)} msg/s (median of ${rounds})`);
    console.log(`SMTP ingest (listener)         : ${s.toFixed(0)} msg/s (median of ${rounds})`);
    console.log(`SMTP / HTTP                    : ${(s / h).toFixed(2)}`);
    const [hc, sc] = [median(cpuPerMessage.http), median(cpuPerMessage.smtp)];
    console.log(`server CPU per message         : HTTP ${hc.toFixed(2)} ms, SMTP ${sc.toFixed(2)} ms (SMTP / HTTP ${(sc / hc).toFixed(2)})`);
    const waiting = await redis.llen(`{${prefix}}:messages:wait`);
    console.log(`jobs waiting in the queue      : ${waiting} of ${expected} sent ${waiting === expected ? 'OK' : 'MISMATCH'}`);
    await smtp.close();
    http.close();
  } finally {
    const stopped = new Promise<{ cpuSeconds: number }>((resolve) => child.once('message', (m) => resolve(m as never)));
    child.send('stop');
    const { cpuSeconds } = await stopped;
    console.log(`server process CPU             : ${cpuSeconds.toFixed(1)} s`);
    redis.disconnect();
    await own.destroy();
  }
}

/** Posts every message with `connections` requests in flight on keep-alive connections; throws on anything but 202 queued. */
function createHttpDoor(base: string, connections: number) {
  const { hostname, port } = new URL(base);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const post = (raw: Buffer) =>
    new Promise<void>((resolve, reject) => {
      const req = request(
        { host: hostname, port, path: '/v1/messages', method: 'POST', agent, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'message/rfc822', 'content-length': raw.length } },
        (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => (res.statusCode === 202 && body.includes('"queued"') ? resolve() : reject(new Error(`HTTP ${res.statusCode}: ${body}`))));
        },
      );
      req.on('error', reject);
      req.end(raw);
    });
  const door = (messages: Buffer[]) => lanes(messages, connections, post);
  return Object.assign(door, { close: () => agent.destroy() });
}

/** Sends every message through a pool of `connections` SMTP connections; throws on anything but 250 queued. */
function createSmtpDoor(port: number, connections: number) {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, pool: true, maxConnections: connections, maxMessages: Infinity });
  const send = async (raw: Buffer) => {
    const info = await transport.sendMail({ envelope: { from: 'agent@bench.test', to: ['qa@bench.test'] }, raw });
    if (!/^250 .*queued/.test(info.response)) throw new Error(`SMTP: ${info.response}`);
  };
  const door = (messages: Buffer[]) => lanes(messages, connections, send);
  return Object.assign(door, { close: async () => transport.close() });
}

async function lanes(messages: Buffer[], width: number, send: (raw: Buffer) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < messages.length) await send(messages[next++]);
    }),
  );
}
