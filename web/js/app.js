import { api, period, token, Unauthorized } from './api.js';
import { h, mount } from './dom.js';
import { agentView } from './views/agent.js';
import { agentsView } from './views/agents.js';
import { calibrationView } from './views/calibration.js';
import { replyView } from './views/reply.js';
import { reviewView } from './views/review.js';

// Hash routes: #/agents, #/agents/<id>, #/replies/<id>, #/review, #/calibration.

const main = document.getElementById('main');
const status = document.getElementById('status');
const signOut = document.getElementById('sign-out');
const periodSelect = document.getElementById('period');

const ROUTES = [
  [/^#\/agents\/(.+)$/, agentView, 'agents'],
  [/^#\/agents\/?$/, agentsView, 'agents'],
  [/^#\/replies\/(.+)$/, replyView, 'agents'],
  [/^#\/review\/?$/, reviewView, 'review'],
  [/^#\/calibration\/?$/, calibrationView, 'calibration'],
];

/** Polite updates for screen readers (and a visible line for everyone). */
function announce(text, isError = false) {
  status.textContent = text;
  status.classList.toggle('error', isError);
}

let cleanup = null;
let generation = 0;

async function route() {
  const hash = location.hash || '#/agents';
  cleanup?.();
  cleanup = null;
  if (!token.get()) return login();
  signOut.hidden = false;
  const match = ROUTES.map(([re, view, nav]) => ({ m: re.exec(hash), view, nav })).find((r) => r.m);
  if (!match) return void (location.hash = '#/agents');
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === match.nav) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const mine = ++generation;
  main.setAttribute('aria-busy', 'true');
  mount(main, h('p', { class: 'muted' }, 'Loading…'));
  try {
    const params = match.m.slice(1).map(decodeURIComponent);
    const done = await match.view(main, { params, announce });
    if (mine === generation && typeof done === 'function') cleanup = done;
    if (mine === generation) document.title = `${main.querySelector('h1')?.textContent ?? 'Dashboard'} · email-qa`;
  } catch (err) {
    if (err instanceof Unauthorized) return login('The token was refused: enter the read token again.');
    if (mine === generation) mount(main, h('h1', {}, 'Something went wrong'), h('p', { class: 'error' }, err.message));
  } finally {
    if (mine === generation) main.removeAttribute('aria-busy');
  }
}

function login(message) {
  signOut.hidden = true;
  const input = h('input', { id: 'token', name: 'token', type: 'password', required: true, autocomplete: 'off', 'aria-describedby': 'token-hint' });
  const form = h(
    'form',
    { class: 'login', id: 'login-form' },
    h('h1', {}, 'Sign in'),
    message ? h('p', { class: 'error', role: 'alert' }, message) : null,
    h('div', { class: 'field' }, h('label', { for: 'token' }, 'Read token'), input, h('small', { id: 'token-hint' }, 'QA_READ_TOKEN. Kept in this tab only (sessionStorage) and sent to this service alone.')),
    h('button', { type: 'submit', class: 'primary' }, 'Open the dashboard'),
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    token.set(input.value.trim());
    try {
      await api.check();
      announce('Signed in.');
      route();
    } catch (err) {
      token.clear();
      login(err instanceof Unauthorized ? 'That token was refused.' : err.message);
    }
  });
  mount(main, form);
  input.focus();
}

signOut.addEventListener('click', () => {
  token.clear();
  announce('The token is forgotten in this tab.');
  route();
});
periodSelect.value = String(period.days());
periodSelect.addEventListener('change', () => {
  period.set(periodSelect.value);
  route();
});
window.addEventListener('hashchange', () => {
  route();
  main.focus({ preventScroll: true });
});
route();
