// Building the page without innerHTML: every text from a result (reply text,
// names, subjects, feedback) is untrusted and goes in as a text node.

/**
 * h('a', { href: '#/x', class: 'y', onclick: fn }, 'text', child…)
 * Attributes are set with setAttribute (or as event listeners for on*); children
 * that are strings or numbers become text nodes; null/false children are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

const SVG_NS = 'http://www.w3.org/2000/svg';
export function s(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Replaces everything inside `el`. */
export function mount(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

export const fmtScore = (x) => (x === null || x === undefined ? '–' : String(Math.round(x)));
export const fmtPct = (x) => (x === null || x === undefined ? '–' : `${Math.round(x * 100)} %`);
export const fmtDate = (iso) => (iso ? new Date(iso).toISOString().slice(0, 16).replace('T', ' ') : '–');
export const CRITERION_NAMES = {
  apology: 'Apology',
  empathy: 'Empathy',
  ownership: 'Ownership',
  commitments: 'Commitments',
  satisfaction_check: 'Satisfaction check',
};
export const criterionName = (id) => CRITERION_NAMES[id] ?? id.replaceAll('_', ' ');
export const verdictBadge = (v) => h('span', { class: `badge v-${v ?? 'none'}` }, v ?? '–');
