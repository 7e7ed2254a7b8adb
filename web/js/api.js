// The API with the read token: entered once, kept in sessionStorage (gone when
// the tab closes), sent as a Bearer token. The static files hold no data.

const KEY = 'email-qa.token';
const PERIOD = 'email-qa.period';

export class Unauthorized extends Error {}

export const token = {
  get: () => sessionStorage.getItem(KEY),
  set: (t) => sessionStorage.setItem(KEY, t),
  clear: () => sessionStorage.removeItem(KEY),
};

export const period = {
  days: () => Number(sessionStorage.getItem(PERIOD) ?? 30),
  set: (d) => sessionStorage.setItem(PERIOD, String(d)),
  /** {from, to} query parameters for the period. */
  query() {
    const to = new Date();
    const from = new Date(to.getTime() - (this.days() - 1) * 86_400_000);
    return { from: from.toISOString().slice(0, 10), to: to.toISOString() };
  },
};

async function call(path, init = {}) {
  const t = token.get();
  if (!t) throw new Unauthorized('no token');
  const res = await fetch(path, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${t}` } });
  if (res.status === 401) {
    token.clear();
    throw new Unauthorized('the token was refused');
  }
  const body = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const err = new Error(body?.error?.message ?? `${res.status} ${res.statusText}`);
    err.status = res.status;
    throw err;
  }
  return body;
}

const qs = (params) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

export const api = {
  check: () => call('/v1/agents' + qs({ from: new Date().toISOString().slice(0, 10) })),
  agents: () => call('/v1/agents' + qs(period.query())),
  agent: (id) => call(`/v1/agents/${encodeURIComponent(id)}` + qs(period.query())),
  result: (id) => call(`/v1/results/${encodeURIComponent(id)}`),
  reviews: (id) => call(`/v1/results/${encodeURIComponent(id)}/reviews`),
  review: (id, body) => call(`/v1/results/${encodeURIComponent(id)}/reviews`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  sample: (params) => call('/v1/samples' + qs({ ...period.query(), ...params })),
  assignments: (reviewer) => call('/v1/assignments' + qs({ reviewer })),
  assignment: (id) => call(`/v1/assignments/${encodeURIComponent(id)}`),
  assign: (body) => call('/v1/assignments', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  calibration: (params = {}) => call('/v1/calibration' + qs({ ...period.query(), ...params })),
};
