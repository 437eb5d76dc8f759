// SPDX-License-Identifier: Apache-2.0
// Renders a Markdown report with markdown-it (CommonMark with GFM tables and strikethrough, raw
// HTML and linkify on, as permissive as GitHub) and prints what a reader sees, as JSON: every
// table's rows of cell texts, every other block's text, and every place where the renderer found
// markup that is not text (raw HTML, an image, a link, emphasis...). Run by
// scripts/check-report-formats.sh, which compares the text with what the report was meant to show.
// Usage: node check-report-markdown.cjs REPORT.md
'use strict';
const fs = require('fs');
const MarkdownIt = require('markdown-it');

const md = new MarkdownIt({ html: true, linkify: true });
const source = fs.readFileSync(process.argv[2], 'utf8');
const tokens = md.parse(source, {});

// The visible text of an inline token; any child that is not plain text or code is markup.
function visible(inline, markup) {
  let text = '';
  for (const t of inline.children || []) {
    if (t.type === 'text' || t.type === 'text_special' || t.type === 'code_inline') {
      text += t.content;
    } else if (t.type === 'strong_open' || t.type === 'strong_close') {
      markup.push('strong'); // the report's own bold verdicts; the caller knows where to expect them
    } else if ((t.type === 'link_open' || t.type === 'link_close') && t.markup === 'linkify') {
      markup.push('autolink'); // a URL in the text made a link, as GitHub does: the text shown is the same
    } else {
      markup.push(t.type + (t.content ? ': ' + t.content : ''));
      text += t.content || '';
    }
  }
  return text;
}

const tables = [];
const blocks = [];
const markup = [];
let row = null;
let inTable = false;
for (const t of tokens) {
  if (t.type === 'table_open') { inTable = true; tables.push([]); continue; }
  if (t.type === 'table_close') { inTable = false; continue; }
  if (t.type === 'tr_open') { row = []; continue; }
  if (t.type === 'tr_close') { tables[tables.length - 1].push(row); row = null; continue; }
  if (t.type === 'html_block') { markup.push('html_block: ' + t.content.trim()); continue; }
  if (t.type !== 'inline') continue;
  const cellMarkup = [];
  const text = visible(t, cellMarkup);
  if (inTable && row) {
    row.push({ text, markup: cellMarkup });
  } else {
    blocks.push({ text, markup: cellMarkup });
  }
}
process.stdout.write(JSON.stringify({ tables, blocks, markup }));
