/* mcpbench HTML report: sorting, filtering and charts over the JSON block #report-data. */
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('report-data').textContent);
  var rows = data.rows;
  var css = getComputedStyle(document.documentElement);
  var COLOR = {};
  ['REGRESSED', 'IMPROVED', 'EQUIVALENT', 'INCONCLUSIVE', 'MISSING', 'NEW'].forEach(function (v) {
    COLOR[v] = css.getPropertyValue('--' + v.toLowerCase()).trim() || '#555';
  });
  var MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';
  var hasCharts = typeof Chart !== 'undefined';
  if (hasCharts) {
    Chart.defaults.animation = false;
    Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
    Chart.defaults.font.size = 11;
  }

  // ---- numbers -------------------------------------------------------------------------------
  function finite(v) { return v !== null && v !== undefined && isFinite(v); }
  function sig(v) {
    if (v === null || v === undefined || !isFinite(v)) return '-';
    return v.toLocaleString('en', {maximumSignificantDigits: 3});
  }
  function compact(v) {
    return Math.abs(v) >= 1e4 ? v.toLocaleString('en', {notation: 'compact', maximumSignificantDigits: 3}) : sig(v);
  }
  /** Ticks at the very ends of an axis repeat their neighbours' labels: drop them. */
  function withoutEdges(axis) {
    axis.ticks = axis.ticks.filter(function (t) { return t.value > axis.min && t.value < axis.max; });
  }
  /** On a log axis only 1, 2, 3 and 5 times a power of ten get a label. */
  function niceLog(v) {
    var m = Math.round(v / Math.pow(10, Math.floor(Math.log10(v) + 1e-9)) * 1000) / 1000;
    return m === 1 || m === 2 || m === 3 || m === 5;
  }
  function pct(f) {
    if (f === null || f === undefined || !isFinite(f)) return '-';
    var p = f * 100;
    return (p > 0 ? '+' : '') + sig(Math.abs(p) < 0.0005 ? 0 : p) + '%';
  }
  function pval(p) {
    if (p === null || p === undefined || !isFinite(p)) return '-';
    return p < 0.001 ? '<0.001' : p.toFixed(3);
  }
  /** Ratio and interval oriented so that above 1 is worse (throughput inverted), or null. */
  function oriented(r) {
    if (!(r.ratio > 0) || !isFinite(r.ratio)) return null;
    var lo = r.ciLow, hi = r.ciHigh, f = r.noiseFloor || 0;
    // the floor is symmetric on the log scale: ln(1 + f) either way, for a time and a throughput alike
    if (r.direction !== 'HIGHER_IS_BETTER') {
      return {ratio: r.ratio, lo: lo, hi: hi, bandLo: 1 / (1 + f), bandHi: 1 + f};
    }
    return {
      ratio: 1 / r.ratio,
      lo: hi > 0 ? 1 / hi : null,
      hi: lo > 0 ? 1 / lo : null,
      bandLo: 1 / (1 + f),
      bandHi: 1 + f
    };
  }
  /** Class.method plus params: the package prefix adds width, not information. */
  function shortName(name, max) {
    var cut = name.search(/[\[:]/);
    var head = cut < 0 ? name : name.substring(0, cut);
    var tail = cut < 0 ? '' : name.substring(cut);
    var parts = head.split('.');
    if (parts.length > 2) head = parts.slice(-2).join('.');
    var s = head + tail;
    return s.length > max ? s.substring(0, max - 1) + '\u2026' : s;
  }
  /** A run id such as 20261101T120000Z-1a2b3c4d5e6f as its commit, or its time when it has none. */
  function runLabel(id) {
    var m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})\d{2}Z(?:-([0-9a-fA-F]+))?$/.exec(id);
    if (m) return m[6] ? m[6].substring(0, 7) : m[2] + '-' + m[3] + ' ' + m[4] + ':' + m[5];
    return id.length > 12 ? id.substring(0, 11) + '\u2026' : id;
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // ---- table: sort, filter, expand -----------------------------------------------------------
  var table = document.getElementById('verdicts');
  var tbody = table.tBodies[0];
  var trs = [];
  Array.prototype.forEach.call(tbody.querySelectorAll('tr.row'), function (tr) {
    trs[+tr.getAttribute('data-i')] = tr;
  });
  var details = [];
  var order = rows.map(function (_, i) { return i; });
  var sortKey = null, sortDir = 1;
  var filterBox = document.getElementById('filter');
  var verdictBoxes = Array.prototype.slice.call(document.querySelectorAll('.vf input'));
  var trendsById = {};
  if (data.history) data.history.series.forEach(function (s) { trendsById[s.id] = s; });

  function sortValue(r, key) {
    if (key === 'forks') return Math.min(r.baseForks, r.candForks);
    if (key === 'change') return r.ratio === null ? null : r.ratio - 1;
    return r[key];
  }
  function compareRows(a, b) {
    var x = sortValue(rows[a], sortKey), y = sortValue(rows[b], sortKey);
    var nx = x === null || x === undefined, ny = y === null || y === undefined;
    if (nx || ny) return nx === ny ? a - b : (nx ? 1 : -1); // blanks last either way
    var c = typeof x === 'string' ? x.localeCompare(y) : x - y;
    return c !== 0 ? c * sortDir : a - b;
  }
  function visible(r) {
    var allowed = verdictBoxes.some(function (b) { return b.checked && b.value === r.verdict; });
    if (!allowed) return false;
    var words = filterBox.value.toLowerCase().split(/\s+/).filter(Boolean);
    var hay = (r.name + ' ' + r.mode).toLowerCase();
    return words.every(function (w) { return hay.indexOf(w) >= 0; });
  }
  /** Lays the table out in the current order and filter; the trend cards follow the filter only. */
  function render(filterChanged) {
    var shown = [];
    order.forEach(function (i) {
      var on = visible(rows[i]);
      trs[i].hidden = !on;
      tbody.appendChild(trs[i]);
      if (details[i]) {
        details[i].hidden = !on || trs[i].querySelector('.expand').getAttribute('aria-expanded') !== 'true';
        tbody.appendChild(details[i]);
      }
      if (on) shown.push(i);
    });
    document.getElementById('shown').textContent = shown.length + ' of ' + rows.length + ' rows shown';
    drawForest(shown);
    if (filterChanged) drawTrendCards();
  }
  Array.prototype.forEach.call(table.tHead.querySelectorAll('th[data-key]'), function (th) {
    function sortBy() {
      var key = th.getAttribute('data-key');
      sortDir = sortKey === key ? -sortDir : 1;
      sortKey = key;
      Array.prototype.forEach.call(table.tHead.querySelectorAll('th'), function (o) { o.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
      order.sort(compareRows);
      render(false);
    }
    th.addEventListener('click', sortBy);
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(); } });
  });
  var pending = null;
  filterBox.addEventListener('input', function () {
    clearTimeout(pending);
    pending = setTimeout(function () { render(true); }, 120);
  });
  verdictBoxes.forEach(function (b) { b.addEventListener('change', function () { render(false); }); });
  tbody.addEventListener('click', function (e) {
    var button = e.target.closest('button.expand');
    if (button) toggle(+button.closest('tr').getAttribute('data-i'));
  });

  function toggle(i, open) {
    var button = trs[i].querySelector('.expand');
    var expand = open === undefined ? button.getAttribute('aria-expanded') !== 'true' : open;
    button.setAttribute('aria-expanded', String(expand));
    if (expand && !details[i]) {
      details[i] = buildDetail(i);
      trs[i].parentNode.insertBefore(details[i], trs[i].nextSibling);
    }
    if (details[i]) details[i].hidden = !expand;
  }

  function buildDetail(i) {
    var r = rows[i];
    var tr = el('tr', 'detail');
    var td = el('td');
    td.colSpan = trs[i].cells.length;
    tr.appendChild(td);
    var grid = el('div', 'detail-grid');
    td.appendChild(grid);

    var left = el('div');
    left.appendChild(el('p', 'facts', 'Fork means (' + r.unit + '), ' + r.baseForks + ' baseline and ' + r.candForks
        + ' candidate forks; box: quartiles, bar: median, thick line: the score the table shows.'));
    var stripBox = el('div', 'chart-box');
    var strip = el('canvas');
    strip.setAttribute('role', 'img');
    strip.setAttribute('aria-label', 'fork means of baseline and candidate');
    stripBox.appendChild(strip);
    left.appendChild(stripBox);
    grid.appendChild(left);

    var right = el('div');
    var facts = [
      'verdict: ' + r.verdict + (r.note ? ' (' + r.note + ')' : ''),
      'method: ' + (r.method || '-') + (r.undecided && r.undecided !== 'NO' ? ' (untested: ' + r.undecided + ')' : ''),
      'interval of the ratio the verdict rests on: [' + sig(r.ciLow) + ', ' + sig(r.ciHigh) + ']'
        + (r.confidence > 0 ? ' at ' + sig(r.confidence * 100) + '%' : ''),
      'p ' + pval(r.p) + ', q ' + pval(r.q)
        + (r.detectable > 0 ? ', smallest change this run could show: ' + pct(r.detectable) : ''),
      'warm-up iterations dropped: ' + r.steady.baseDropped + ' / ' + r.steady.candDropped
        + ', forks that never settled: ' + r.steady.baseUnsteady + ' / ' + r.steady.candUnsteady,
      'noise floor \u00b1' + sig(r.noiseFloor * 100) + '%'
        + (r.forksToSettle > 0 ? ', about ' + r.forksToSettle + ' forks a side would settle it' : '')
    ];
    facts.forEach(function (f) { right.appendChild(el('p', 'facts', f)); });
    var trend = trendsById[r.id];
    if (trend) {
      right.appendChild(el('p', 'facts', 'History (' + trend.unit + '):'));
      var box = el('div', 'chart-box');
      var c = el('canvas');
      box.appendChild(c);
      right.appendChild(box);
      if (hasCharts) setTimeout(function () { trendChart(c, trend); }, 0);
    }
    grid.appendChild(right);
    if (hasCharts) setTimeout(function () { stripChart(strip, r); }, 0);
    return tr;
  }

  // ---- fork means: strip plot with a box per side --------------------------------------------
  function quantile(sorted, q) {
    var h = (sorted.length - 1) * q, lo = Math.floor(h);
    return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
  }
  function stripChart(canvas, r) {
    var sides = [
      {label: 'baseline', values: (r.baseMeans || []).filter(finite), centre: r.base, color: '#546e7a'},
      {label: 'candidate', values: (r.candMeans || []).filter(finite), centre: r.cand, color: COLOR[r.verdict]}
    ];
    var datasets = sides.map(function (s, y) {
      return {
        label: s.label,
        data: s.values.map(function (v, k) { return {x: v, y: y + ((k * 0.6180339887) % 1 - 0.5) * 0.3}; }),
        pointRadius: 3.5, pointBackgroundColor: s.color + 'cc', pointBorderColor: s.color
      };
    });
    var boxes = {
      id: 'boxes',
      beforeDatasetsDraw: function (chart) {
        var ctx = chart.ctx, x = chart.scales.x, yS = chart.scales.y;
        ctx.save();
        sides.forEach(function (s, y) {
          if (!s.values.length) return;
          var v = s.values.slice().sort(function (a, b) { return a - b; });
          var top = yS.getPixelForValue(y - 0.3), bottom = yS.getPixelForValue(y + 0.3), mid = yS.getPixelForValue(y);
          var q1 = x.getPixelForValue(quantile(v, 0.25)), q3 = x.getPixelForValue(quantile(v, 0.75));
          ctx.strokeStyle = s.color;
          ctx.fillStyle = s.color + '22';
          ctx.lineWidth = 1;
          ctx.fillRect(q1, top, q3 - q1, bottom - top);
          ctx.strokeRect(q1, top, q3 - q1, bottom - top);
          ctx.beginPath();
          ctx.moveTo(x.getPixelForValue(v[0]), mid); ctx.lineTo(q1, mid);
          ctx.moveTo(q3, mid); ctx.lineTo(x.getPixelForValue(v[v.length - 1]), mid);
          var med = x.getPixelForValue(quantile(v, 0.5));
          ctx.moveTo(med, top); ctx.lineTo(med, bottom);
          ctx.stroke();
          if (finite(s.centre)) {
            var c = x.getPixelForValue(s.centre);
            ctx.lineWidth = 3;
            ctx.beginPath(); ctx.moveTo(c, top - 4); ctx.lineTo(c, bottom + 4); ctx.stroke();
          }
        });
        ctx.restore();
      }
    };
    new Chart(canvas, {
      type: 'scatter',
      data: {datasets: datasets},
      options: {
        responsive: true, maintainAspectRatio: false,
        scales: {
          x: {title: {display: true, text: r.unit}, grace: '5%', ticks: {callback: compact}},
          y: {
            min: -0.6, max: 1.6, reverse: true, grid: {display: false},
            afterBuildTicks: function (axis) { axis.ticks = [{value: 0}, {value: 1}]; },
            ticks: {callback: function (v) { return v === 0 ? 'baseline' : 'candidate'; }}
          }
        },
        plugins: {
          legend: {display: false},
          tooltip: {callbacks: {label: function (ctx) { return ctx.dataset.label + ' fork: ' + sig(ctx.parsed.x) + ' ' + r.unit; }}}
        }
      },
      plugins: [boxes]
    });
  }

  // ---- forest plot ---------------------------------------------------------------------------
  var forest = null;
  var FOREST_MAX = 400;
  function drawForest(shown) {
    if (!hasCharts) return;
    var items = [];
    var g = data.geomean;
    if (g && g.ratio > 0) {
      items.push({label: 'geometric mean', name: 'geometric mean of primary rows', ratio: g.ratio, lo: g.ciLow,
        hi: g.ciHigh, bandLo: null, bandHi: null, verdict: g.verdict, geo: true});
    }
    var left = 0;
    shown.forEach(function (i) {
      var o = oriented(rows[i]);
      if (o && items.length > FOREST_MAX) left++;
      if (!o || items.length > FOREST_MAX) return;
      if (!o) return;
      items.push({label: shortName(rows[i].name, 56), name: rows[i].name, ratio: o.ratio, lo: o.lo, hi: o.hi,
        bandLo: o.bandLo, bandHi: o.bandHi, verdict: rows[i].verdict, row: i});
    });
    var note = document.getElementById('forest-note');
    note.textContent = left ? left + ' more rows not drawn: filter the table to see them.' : '';
    var box = document.getElementById('forest-box');
    box.style.height = (70 + Math.max(items.length, 1) * 20) + 'px';
    var lo = 1, hi = 1;
    items.forEach(function (it) {
      [it.ratio, it.lo, it.hi, it.bandLo, it.bandHi].forEach(function (v) {
        if (v > 0 && isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
      });
    });
    var log = hi / lo > 5;
    var pad = log ? 1.15 : (hi - lo) * 0.04 || 0.01;
    var xMin = log ? lo / pad : lo - pad, xMax = log ? hi * pad : hi + pad;
    var config = {
      type: 'scatter',
      data: {datasets: [{
        data: items.map(function (it, k) { return {x: it.ratio, y: k}; }),
        pointRadius: items.map(function (it) { return it.geo ? 6 : 4; }),
        pointStyle: items.map(function (it) { return it.geo ? 'rectRot' : 'circle'; }),
        pointBackgroundColor: items.map(function (it) { return COLOR[it.verdict]; }),
        pointBorderColor: items.map(function (it) { return COLOR[it.verdict]; })
      }]},
      options: {
        responsive: true, maintainAspectRatio: false,
        onClick: function (e, hit) {
          if (!hit.length) return;
          var it = items[hit[0].index];
          if (it.row === undefined) return;
          toggle(it.row, true);
          trs[it.row].scrollIntoView({block: 'center'});
        },
        scales: {
          x: {type: log ? 'logarithmic' : 'linear', min: xMin, max: xMax, position: 'top',
            afterBuildTicks: withoutEdges, ticks: {callback: function (v) { return !log || niceLog(v) ? sig(v) : ''; }},
            title: {display: true, text: 'ratio, candidate / baseline (right is worse)'}},
          y: {
            min: -0.5, max: items.length - 0.5, reverse: true, grid: {display: false},
            afterBuildTicks: function (axis) { axis.ticks = items.map(function (_, k) { return {value: k}; }); },
            ticks: {autoSkip: false, font: {family: MONO, size: 11},
              callback: function (v) { return items[v] ? items[v].label : ''; }}
          }
        },
        plugins: {
          legend: {display: false},
          tooltip: {callbacks: {
            title: function (ctx) { return items[ctx[0].dataIndex].name; },
            label: function (ctx) {
              var it = items[ctx.dataIndex];
              return it.verdict + ': ' + sig(it.ratio) + ' [' + sig(it.lo) + ', ' + sig(it.hi) + ']';
            }
          }}
        }
      },
      plugins: [{
        id: 'forestLines',
        beforeDatasetsDraw: function (chart) {
          var ctx = chart.ctx, a = chart.chartArea, x = chart.scales.x, y = chart.scales.y;
          ctx.save();
          ctx.beginPath(); ctx.rect(a.left, a.top, a.right - a.left, a.bottom - a.top); ctx.clip();
          ctx.fillStyle = 'rgba(84, 110, 122, 0.13)';
          items.forEach(function (it, k) {
            if (!(it.bandLo > 0)) return;
            var l = x.getPixelForValue(it.bandLo);
            var r = it.bandHi > 0 ? x.getPixelForValue(it.bandHi) : a.right;
            ctx.fillRect(l, y.getPixelForValue(k - 0.5), r - l, y.getPixelForValue(k + 0.5) - y.getPixelForValue(k - 0.5));
          });
          var one = x.getPixelForValue(1);
          ctx.strokeStyle = '#333'; ctx.lineWidth = 1; ctx.setLineDash([4, 3]);
          ctx.beginPath(); ctx.moveTo(one, a.top); ctx.lineTo(one, a.bottom); ctx.stroke();
          ctx.setLineDash([]); ctx.lineWidth = 2;
          items.forEach(function (it, k) {
            if (!(it.lo > 0) || !(it.hi > 0)) return;
            var py = y.getPixelForValue(k), l = x.getPixelForValue(it.lo), r = x.getPixelForValue(it.hi);
            ctx.strokeStyle = COLOR[it.verdict];
            ctx.beginPath();
            ctx.moveTo(l, py); ctx.lineTo(r, py);
            ctx.moveTo(l, py - 4); ctx.lineTo(l, py + 4);
            ctx.moveTo(r, py - 4); ctx.lineTo(r, py + 4);
            ctx.stroke();
          });
          ctx.restore();
        }
      }]
    };
    if (forest) forest.destroy();
    forest = new Chart(document.getElementById('forest-canvas'), config);
  }

  // ---- history -------------------------------------------------------------------------------
  function trendChart(canvas, s) {
    var runs = data.history.runs;
    var points = s.x.map(function (x, k) { return {x: x, y: s.y[k]}; });
    var marks = s.changes.map(function (c) { return {x: s.x[c.i], y: s.y[c.i], c: c}; });
    return new Chart(canvas, {
      type: 'line',
      data: {datasets: [
        {label: s.name, data: points, borderColor: '#1565c0', backgroundColor: '#1565c0', borderWidth: 1.5,
          pointRadius: 2, tension: 0},
        {label: 'change points', data: marks, showLine: false, pointStyle: 'triangle', pointRadius: 8,
          pointBackgroundColor: marks.map(function (m) { return m.c.regression ? COLOR.REGRESSED : COLOR.IMPROVED; }),
          pointBorderColor: '#fff'}
      ]},
      options: {
        responsive: true, maintainAspectRatio: false, parsing: true,
        scales: {
          x: {type: 'linear', min: 0, max: Math.max(runs.length - 1, 1),
            ticks: {precision: 0, maxRotation: 0, maxTicksLimit: 7, callback: function (v) { return runs[v] !== undefined ? runLabel(runs[v]) : ''; }}},
          y: {title: {display: true, text: s.unit}, grace: '5%', ticks: {callback: compact}}
        },
        plugins: {
          legend: {display: false},
          tooltip: {callbacks: {
            title: function (ctx) { return runs[ctx[0].parsed.x]; },
            label: function (ctx) {
              var m = ctx.raw.c;
              return m ? 'change point: ' + pct(m.change) + (finite(m.p) ? ' (p ' + pval(m.p) + ')' : '')
                       : sig(ctx.parsed.y) + ' ' + s.unit;
            }
          }}
        }
      },
      plugins: [{
        id: 'changeLines',
        beforeDatasetsDraw: function (chart) {
          var ctx = chart.ctx, a = chart.chartArea, x = chart.scales.x;
          ctx.save(); ctx.setLineDash([3, 3]); ctx.lineWidth = 1;
          marks.forEach(function (m) {
            var px = x.getPixelForValue(m.x);
            ctx.strokeStyle = m.c.regression ? COLOR.REGRESSED : COLOR.IMPROVED;
            ctx.beginPath(); ctx.moveTo(px, a.top); ctx.lineTo(px, a.bottom); ctx.stroke();
          });
          ctx.restore();
        }
      }]
    });
  }

  var cards = document.getElementById('trend-cards');
  var more = document.getElementById('trend-more');
  var cardCharts = [];
  var cardLimit = 24;
  var series = data.history ? data.history.series.slice().sort(function (a, b) {
    var ca = a.changes.length ? (a.changes[a.changes.length - 1].regression ? 0 : 1) : 2;
    var cb = b.changes.length ? (b.changes[b.changes.length - 1].regression ? 0 : 1) : 2;
    return ca - cb || a.name.localeCompare(b.name);
  }) : [];
  function drawTrendCards() {
    if (!cards || !hasCharts) return;
    cardCharts.forEach(function (c) { c.destroy(); });
    cardCharts = [];
    while (cards.firstChild) cards.removeChild(cards.firstChild);
    var words = filterBox.value.toLowerCase().split(/\s+/).filter(Boolean);
    var matching = series.filter(function (s) {
      var hay = (s.name + ' ' + s.mode).toLowerCase();
      return words.every(function (w) { return hay.indexOf(w) >= 0; });
    });
    matching.slice(0, cardLimit).forEach(function (s) {
      var card = el('div', 'card');
      var cps = s.changes.length;
      card.appendChild(el('h3', null, s.name + ' (' + s.mode + ')' + (cps ? ', ' + cps + ' change point' + (cps > 1 ? 's' : '') : '')));
      var box = el('div', 'chart-box');
      var c = el('canvas');
      box.appendChild(c);
      card.appendChild(box);
      cards.appendChild(card);
      cardCharts.push(trendChart(c, s));
    });
    if (!matching.length) cards.appendChild(el('p', 'empty', 'No series matches the filter.'));
    more.hidden = matching.length <= cardLimit;
    more.textContent = 'show more (' + (matching.length - Math.min(cardLimit, matching.length)) + ' left)';
  }
  if (more) more.addEventListener('click', function () { cardLimit += 24; drawTrendCards(); });

  render(true);
})();
