import { api } from '../api.js';
import { lineChart } from '../charts.js';
import { criterionName, fmtDate, fmtPct, fmtScore, h, mount } from '../dom.js';

// One agent: score over time, criterion breakdown, lowest-scoring replies.

export async function agentView(main, { params }) {
  const a = await api.agent(params[0]);
  const criteria = Object.entries(a.criteria);
  const bar = (c) => {
    const total = c.pass + c.fail + c.na || 1;
    return h(
      'div',
      { class: 'bar', 'aria-hidden': 'true' },
      h('span', { class: 'bar-pass', dataset: { w: (c.pass / total).toFixed(3) } }),
      h('span', { class: 'bar-fail', dataset: { w: (c.fail / total).toFixed(3) } }),
      h('span', { class: 'bar-na', dataset: { w: (c.na / total).toFixed(3) } }),
    );
  };
  mount(
    main,
    h('p', { class: 'crumbs' }, h('a', { href: '#/agents' }, 'Agents'), ' › ', a.name ?? a.agent),
    h('h1', {}, a.name ?? a.agent),
    h(
      'dl',
      { class: 'figures' },
      h('div', {}, h('dt', {}, 'Score'), h('dd', {}, fmtScore(a.meanScore))),
      h('div', {}, h('dt', {}, 'Replies'), h('dd', {}, a.count)),
      h('div', {}, h('dt', {}, 'Reviewed'), h('dd', {}, a.reviewed ?? 0)),
      h('div', {}, h('dt', {}, 'Team'), h('dd', {}, a.team ?? '–')),
    ),
    h('h2', {}, 'Score over time'),
    h('figure', { class: 'chart-box' }, lineChart(a.trend, { label: `Daily mean score of ${a.name ?? a.agent}, ${a.from} to ${a.to}` })),
    h('h2', {}, 'Criteria'),
    h(
      'table',
      { class: 'data', id: 'criteria-table' },
      h('thead', {}, h('tr', {}, ['Criterion', 'Pass', 'Fail', 'n/a', 'Pass rate', 'Reviewed', 'Share'].map((t, i) => h('th', { scope: 'col', class: i && i < 6 ? 'num' : null }, t)))),
      h(
        'tbody',
        {},
        criteria.map(([id, c]) =>
          h('tr', {}, h('th', { scope: 'row' }, criterionName(id)), h('td', { class: 'num' }, c.pass), h('td', { class: 'num' }, c.fail), h('td', { class: 'num' }, c.na), h('td', { class: 'num' }, fmtPct(c.passRate)), h('td', { class: 'num' }, c.reviewed ?? 0), h('td', {}, bar(c))),
        ),
      ),
    ),
    h('h2', {}, 'Lowest-scoring replies'),
    a.lowest.length
      ? h(
          'ol',
          { class: 'replies', id: 'lowest' },
          a.lowest.map((r) => h('li', {}, h('a', { href: `#/replies/${encodeURIComponent(r.id)}` }, r.subject ?? r.id), ' ', h('span', { class: 'score-pill' }, fmtScore(r.score)), ' ', h('span', { class: 'muted' }, fmtDate(r.sentAt)))),
        )
      : h('p', {}, 'No scored replies.'),
  );
  // Widths through the CSSOM: the CSP allows no inline style attributes.
  for (const el of main.querySelectorAll('.bar span')) el.style.width = `${Number(el.dataset.w) * 100}%`;
}
