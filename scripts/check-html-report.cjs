// SPDX-License-Identifier: Apache-2.0
// Opens an HTML report in headless Chromium and checks it the way a reader uses it: no console
// error, no page error, no network request, charts drawn, the performance plan's table shown, a
// header click sorts, a row expands, the filter hides rows. Writes a screenshot. Run by scripts/check-html-report.sh.
// Usage: node check-html-report.cjs REPORT.html SCREENSHOT.png CHROMIUM
'use strict';
const { chromium } = require('playwright-core');
const path = require('path');

const [report, screenshot, executable] = process.argv.slice(2);
const problems = [];

(async () => {
  const browser = await chromium.launch({
    executablePath: executable,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync']
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) problems.push(`network request: ${r.url()}`); });
    await page.goto('file://' + path.resolve(report), { waitUntil: 'load' });

    const state = await page.evaluate(() => {
      const data = JSON.parse(document.getElementById('report-data').textContent);
      const forest = Chart.getChart(document.getElementById('forest-canvas'));
      return { rows: data.rows.length, trs: document.querySelectorAll('#verdicts tbody tr.row').length,
        forestPoints: forest ? forest.data.datasets[0].data.length : -1 };
    });
    if (state.rows === 0) problems.push('the report has no rows');
    if (state.trs !== state.rows) problems.push(`table has ${state.trs} rows, data ${state.rows}`);
    if (state.forestPoints < 1) problems.push('forest plot not drawn');

    // the performance plan: a plain table, visible, one row a criterion with its status
    const plan = await page.evaluate(() => {
      const table = document.getElementById('plan-table');
      if (!table) return null;
      const box = table.getBoundingClientRect();
      return { visible: box.width > 0 && box.height > 0,
        statuses: Array.from(table.querySelectorAll('tbody tr td:nth-child(4)')).map((td) => td.textContent),
        cells: Array.from(table.querySelectorAll('tbody tr')).map((tr) => tr.children.length) };
    });
    if (!plan) problems.push('no performance plan table');
    else {
      if (!plan.visible) problems.push('the performance plan table is not visible');
      if (JSON.stringify(plan.statuses) !== JSON.stringify(['PASS', 'FAIL', 'NOT MEASURED'])) {
        problems.push(`plan statuses ${JSON.stringify(plan.statuses)}, expected PASS, FAIL, NOT MEASURED`);
      }
      if (plan.cells.some((n) => n !== 5)) problems.push(`plan rows of ${JSON.stringify(plan.cells)} cells, expected 5 each`);
    }

    // sort by change: ascending, then descending
    const changeOrder = () => page.evaluate(() => {
      const data = JSON.parse(document.getElementById('report-data').textContent);
      return Array.from(document.querySelectorAll('#verdicts tbody tr.row'))
        .map((tr) => data.rows[+tr.getAttribute('data-i')].ratio).filter((v) => v !== null);
    });
    const sorted = (a, dir) => a.every((v, i) => i === 0 || dir * (v - a[i - 1]) >= 0);
    await page.click('#verdicts th[data-key=change]');
    if (!sorted(await changeOrder(), 1)) problems.push('clicking "change" did not sort ascending');
    await page.click('#verdicts th[data-key=change]');
    if (!sorted(await changeOrder(), -1)) problems.push('clicking "change" again did not sort descending');
    if (await page.getAttribute('#verdicts th[data-key=change]', 'aria-sort') !== 'descending') problems.push('aria-sort not set');

    // back to verdict order, expand the first row: its fork-mean plot must be drawn
    await page.click('#verdicts th[data-key=rank]');
    await page.click('#verdicts tbody tr.row button.expand');
    await page.waitForTimeout(100);
    const strip = await page.evaluate(() => {
      const c = document.querySelector('#verdicts tr.detail canvas');
      const chart = c && Chart.getChart(c);
      return chart ? chart.data.datasets.reduce((n, d) => n + d.data.length, 0) : -1;
    });
    if (strip < 1) problems.push('expanded row shows no fork means');

    // filter: a word no name has hides every row; clearing it shows them again
    await page.fill('#filter', 'no-such-benchmark-name');
    await page.waitForTimeout(250);
    const hidden = await page.evaluate(() => Array.from(document.querySelectorAll('#verdicts tbody tr.row')).every((tr) => tr.hidden));
    if (!hidden) problems.push('the filter did not hide rows');
    await page.fill('#filter', '');
    await page.waitForTimeout(250);

    // the top of the page: summary, forest plot, the first rows with one expanded (scrolled to
    // the top, or the sticky table header would be drawn where the viewport last was)
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshot, fullPage: true, clip: { x: 0, y: 0, width: 1400, height: 2000 } });

    // history: every card shows a chart, and the planted step is a change point
    const history = await page.evaluate(() => {
      const cards = Array.from(document.querySelectorAll('#trend-cards .card canvas'));
      const data = JSON.parse(document.getElementById('report-data').textContent);
      return data.history ? { cards: cards.length, drawn: cards.filter((c) => Chart.getChart(c)).length,
        changes: data.history.series.reduce((n, s) => n + s.changes.length, 0) } : null;
    });
    if (history) {
      if (history.cards < 1 || history.drawn !== history.cards) problems.push(`history: ${history.drawn} of ${history.cards} trend charts drawn`);
      if (history.changes < 1) problems.push('history: no change point found in a history with a planted step');
      await page.locator('#history').screenshot({ path: screenshot.replace(/\.png$/, '-history.png') });
    }

  } finally {
    await browser.close();
  }
  if (problems.length) {
    for (const p of problems) console.error('check-html-report: ' + p);
    process.exit(1);
  }
})().catch((e) => { console.error('check-html-report: ' + (e && e.message ? e.message.split('\n')[0] : e)); process.exit(1); });
