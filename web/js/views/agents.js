import { api } from '../api.js';
import { sparkline } from '../charts.js';
import { criterionName, fmtPct, fmtScore, h, mount } from '../dom.js';

// The agents table: score, replies, pass rate per criterion, reviewed count and
// a trend sparkline; every column sorts by clicking (or Enter/Space on) its header.

const TREND_LIMIT = 60;

export async function agentsView(main, { announce }) {
  const report = await api.agents();
  const agents = report.agents;
  const criteria = [...new Set(agents.flatMap((a) => Object.keys(a.criteria)))];
  const columns = [
    { key: 'agent', label: 'Agent', value: (a) => (a.name ?? a.agent).toLowerCase(), cell: (a) => h('a', { href: `#/agents/${encodeURIComponent(a.agent)}` }, a.name ?? a.agent) },
    { key: 'team', label: 'Team', value: (a) => a.team ?? '', cell: (a) => a.team ?? '–' },
    { key: 'count', label: 'Replies', num: true, value: (a) => a.count, cell: (a) => a.count },
    { key: 'score', label: 'Score', num: true, value: (a) => a.meanScore ?? -1, cell: (a) => fmtScore(a.meanScore) },
    ...criteria.map((c) => ({
      key: `c:${c}`,
      label: criterionName(c),
      num: true,
      value: (a) => a.criteria[c]?.passRate ?? -1,
      cell: (a) => fmtPct(a.criteria[c]?.passRate),
    })),
    { key: 'reviewed', label: 'Reviewed', num: true, value: (a) => a.reviewed ?? 0, cell: (a) => a.reviewed ?? 0 },
    { key: 'trend', label: 'Trend', sortable: false, cell: (a) => h('span', { class: 'trend', 'data-agent': a.agent }, '…') },
  ];
  let sortKey = 'count';
  let dir = -1;

  const tbody = h('tbody');
  const headers = columns.map((col) =>
    h(
      'th',
      { scope: 'col', class: col.num ? 'num' : null, 'aria-sort': 'none', dataset: { key: col.key } },
      col.sortable === false ? col.label : h('button', { type: 'button', class: 'sort', onclick: () => sortBy(col.key) }, col.label, h('span', { class: 'arrow', 'aria-hidden': 'true' })),
    ),
  );
  const rows = new Map(agents.map((a) => [a.agent, h('tr', {}, columns.map((col) => h(col.key === 'agent' ? 'th' : 'td', { class: col.num ? 'num' : null, scope: col.key === 'agent' ? 'row' : null }, col.cell(a))))]));

  function sortBy(key) {
    dir = key === sortKey ? -dir : key === 'agent' || key === 'team' ? 1 : -1;
    sortKey = key;
    render();
    const col = columns.find((c) => c.key === key);
    announce(`Sorted by ${col.label}, ${dir > 0 ? 'ascending' : 'descending'}`);
  }
  function render() {
    const col = columns.find((c) => c.key === sortKey);
    const sorted = [...agents].sort((a, b) => {
      const x = col.value(a);
      const y = col.value(b);
      return (x < y ? -1 : x > y ? 1 : 0) * dir || a.agent.localeCompare(b.agent);
    });
    mount(tbody, sorted.map((a) => rows.get(a.agent)));
    for (const th of headers) th.setAttribute('aria-sort', th.dataset.key === sortKey ? (dir > 0 ? 'ascending' : 'descending') : 'none');
  }
  render();

  mount(
    main,
    h('h1', {}, 'Agents'),
    h('p', { class: 'lede' }, `${report.from} to ${report.to}. Where a reply was reviewed, the reviewers' verdicts count${agents[0]?.verdicts === 'machine' ? ' only in the reviewed column (QA_PREFER_HUMAN is off)' : ' instead of the machine\'s'}.`),
    agents.length
      ? h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'agents-table' }, h('caption', { class: 'sr-only' }, 'Agents, sortable by each column'), h('thead', {}, h('tr', {}, headers)), tbody))
      : h('p', {}, 'No replies in this period.'),
  );

  // Trends: one request per agent, a few at a time, after the table is on screen.
  const queue = agents.slice(0, TREND_LIMIT);
  const worker = async () => {
    for (let a = queue.shift(); a; a = queue.shift()) {
      const slot = main.querySelector(`.trend[data-agent="${CSS.escape(a.agent)}"]`);
      try {
        const one = await api.agent(a.agent);
        const values = one.trend.map((d) => d.meanScore);
        const known = values.filter((v) => v !== null);
        slot?.replaceChildren(sparkline(values, `Daily mean score of ${a.name ?? a.agent}: ${known.length ? `from ${known[0]} to ${known.at(-1)}` : 'no scores'}`));
      } catch {
        slot?.replaceChildren('–');
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  for (const slot of main.querySelectorAll('.trend')) if (slot.textContent === '…') slot.textContent = '–';
}
