// Chart figures: for every HTML page of two output directories (a reference's and the working tree's, as
// bench/chart-figures.sh leaves them), the figure each chart hands to Plotly.newPlot (data, layout, config),
// read from the reference page and from the new page, and compared as JSON values.
//
//   node bench/golden/chart-figures.js EXPECTED_DIR ACTUAL_DIR
//
// Each page's own scripts run here, in a JavaScript context of their own: the page's helper (the script that
// defines downtimePage, page.js) and every script of the body (the charts'), with the page's document and
// Plotly stood in for. The stand-in Plotly.newPlot records its arguments as they are at the call, that is after
// whatever the page did to them (the old pages' merge of jsplot's objects with the patch): what Plotly would
// receive. Plotly.js itself is not run: a chart's drawing depends on nothing else the page gives it (the div
// it draws in is the same empty element in both pages). Key order is ignored (Plotly reads objects by key);
// array order, types and values are compared exactly (a number and a numeric string differ). A value JSON
// cannot hold (undefined, a function, NaN, an infinity) stops the comparison, since it would not be compared.
// Exit 0 when every chart's figure is equal, 1 with the differences, 2 when a page cannot be read.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const util = require('util');

const SCRIPT = /<script>\n([\s\S]*?)<\/script>/g;

function figuresOf(file) {
  const html = fs.readFileSync(file, 'utf8');
  const head = html.slice(0, html.indexOf('<body>'));
  const body = html.slice(html.indexOf('<body>'));
  const helper = [...head.matchAll(SCRIPT)].map(m => m[1]).filter(s => s.includes('var downtimePage'));
  const charts = [...body.matchAll(SCRIPT)].map(m => m[1]);
  if (charts.length === 0) {
    return [];
  }
  if (helper.length !== 1) {
    throw new Error(file + ': ' + helper.length + ' scripts define downtimePage, expected 1');
  }
  const figures = [];
  const attributes = {};
  const element = id => ({id: id, setAttribute() {}, getAttribute: () => null});
  const context = {
    document: {
      getElementById: element,
      documentElement: {
        getAttribute: name => (name in attributes ? attributes[name] : null),
        setAttribute: (name, value) => { attributes[name] = String(value); },
      },
      addEventListener() {},
      querySelectorAll: () => [],
    },
    Plotly: {
      newPlot(div, data, layout, config) {
        figures.push({id: div.id, figure: snapshot(file + ' ' + div.id, {data: data, layout: layout, config: config})});
        return Promise.resolve(div);
      },
    },
  };
  context.window = context;
  vm.createContext(context);
  vm.runInContext(helper[0], context, {filename: file + ' (page.js)'});
  charts.forEach((script, i) => vm.runInContext(script, context, {filename: file + ' (body script ' + (i + 1) + ')'}));
  return figures;
}

// The value as JSON would carry it, refusing what JSON would drop or change.
function snapshot(where, value) {
  const json = JSON.stringify(value, function (key, v) {
    if (v === undefined || typeof v === 'function' || (typeof v === 'number' && !Number.isFinite(v))) {
      throw new Error(where + ': ' + key + ' is ' + String(v) + ', which JSON cannot hold');
    }
    return v;
  });
  return JSON.parse(json);
}

// Up to `limit` paths where a and b differ, each with both values.
function differences(a, b, at, out, limit) {
  if (out.length >= limit || util.isDeepStrictEqual(a, b)) {
    return out;
  }
  const bothObjects = a !== null && b !== null && typeof a === 'object' && typeof b === 'object'
      && Array.isArray(a) === Array.isArray(b);
  if (!bothObjects) {
    out.push(at + ': ' + brief(a) + ' (reference) vs ' + brief(b) + ' (new)');
    return out;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const where = Array.isArray(a) ? at + '[' + key + ']' : at + '.' + key;
    if (!(key in a) || !(key in b)) {
      out.push(where + ': ' + (key in a ? brief(a[key]) + ' only in the reference' : brief(b[key]) + ' only in the new page'));
    } else {
      differences(a[key], b[key], where, out, limit);
    }
    if (out.length >= limit) {
      break;
    }
  }
  return out;
}

function brief(value) {
  const text = JSON.stringify(value);
  return text.length > 120 ? text.slice(0, 117) + '...' : text;
}

function main(expectedDir, actualDir) {
  const pages = fs.readdirSync(expectedDir).filter(name => name.endsWith('.html')).sort();
  const newPages = fs.readdirSync(actualDir).filter(name => name.endsWith('.html')).sort();
  let failed = !util.isDeepStrictEqual(pages, newPages);
  if (failed) {
    console.log('the pages differ: ' + JSON.stringify(pages) + ' (reference) vs ' + JSON.stringify(newPages) + ' (new)');
  }
  let charts = 0;
  let withCharts = 0;
  for (const page of pages.filter(name => newPages.includes(name))) {
    const expected = figuresOf(path.join(expectedDir, page));
    const actual = figuresOf(path.join(actualDir, page));
    const found = differences(expected, actual, page, [], 20);
    if (found.length > 0) {
      failed = true;
      console.log(page + ': ' + expected.length + ' charts in the reference, ' + actual.length + ' in the new page; differences:');
      found.forEach(line => console.log('  ' + line));
    }
    charts += expected.length;
    withCharts += expected.length > 0 ? 1 : 0;
  }
  console.log('chart-figures: ' + pages.length + ' pages (' + withCharts + ' with charts), ' + charts + ' charts: '
      + (failed ? 'the figures differ (above)' : 'every figure equal'));
  return failed ? 1 : 0;
}

if (process.argv.length !== 4) {
  console.error('usage: node chart-figures.js EXPECTED_DIR ACTUAL_DIR');
  process.exit(2);
}
try {
  process.exitCode = main(process.argv[2], process.argv[3]);
} catch (e) {
  console.error('chart-figures: ' + e.message);
  process.exitCode = 2;
}
