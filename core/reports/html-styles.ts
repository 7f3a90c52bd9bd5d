// The report's only stylesheet, inlined so the file is complete on its own and a CSP of
// `default-src 'none'` can forbid every outside request. Fonts are local stacks: a serif for the
// reading text, the system sans for labels and figures.
import { cssString } from './html-escape.js';

export function reportStyles(runningOrganization: string, runningTitle: string): string {
  return `
:root {
  --ink: #1b1a18;
  --muted: #5e5a53;
  --faint: #8c867b;
  --rule: #ddd8ce;
  --tint: #f6f4ef;
  --accent: #9e1c1c;
  --mark: #fbe7a1;
  --serif: Georgia, Charter, 'Iowan Old Style', 'Palatino Linotype', 'Noto Serif', 'Liberation Serif', 'Times New Roman', serif;
  --sans: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
* { box-sizing: border-box; }
html { background: #fff; color: var(--ink); font-size: 17px; }
body {
  margin: 0 auto;
  max-width: 47rem;
  padding: 3rem 1.5rem 4rem;
  font: 1rem/1.6 var(--serif);
  font-kerning: normal;
  text-rendering: optimizeLegibility;
}
h1, h2, h3, h4, h5 { margin: 0; font-weight: 700; }
p { margin: 0 0 .6em; }
a { color: #1d4f91; }
.sans, .label { font-family: var(--sans); }

/* Masthead */
.masthead { border-top: 6px solid var(--ink); padding-top: .85rem; margin-bottom: 2.4rem; }
.org { font: 700 .74rem/1.2 var(--sans); letter-spacing: .16em; text-transform: uppercase; color: var(--accent); margin: 0; }
.kicker { font: 600 .74rem/1.2 var(--sans); letter-spacing: .12em; text-transform: uppercase; color: var(--muted); margin: 1.4rem 0 .35rem; }
h1 { font: 700 2.35rem/1.12 var(--serif); letter-spacing: -.012em; margin: 0 0 .55rem; }
.dek { font-size: 1.14rem; line-height: 1.45; color: var(--muted); margin: 0 0 1.1rem; }
.meta { display: flex; flex-wrap: wrap; gap: .4rem 2.4rem; margin: 0; padding: .6rem 0; border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); font: .84rem/1.35 var(--sans); }
.meta dt { font-size: .66rem; letter-spacing: .12em; text-transform: uppercase; color: var(--faint); }
.meta dd { margin: .1rem 0 0; }

/* Section headings */
h2 { font: 700 .78rem/1.2 var(--sans); letter-spacing: .14em; text-transform: uppercase; padding-bottom: .45rem; border-bottom: 2px solid var(--ink); margin: 2.6rem 0 1.3rem; }

/* Summary */
.figures { display: grid; grid-template-columns: repeat(5, 1fr); gap: 0; margin: 0 0 1.8rem; padding: 0; list-style: none; }
.figures li { padding: 0 .8rem; border-left: 1px solid var(--rule); }
.figures li:first-child { padding-left: 0; border-left: 0; }
.figures .n { display: block; font: 700 2.05rem/1.1 var(--serif); font-variant-numeric: lining-nums tabular-nums; }
.figures .l { display: block; font: .74rem/1.3 var(--sans); color: var(--muted); margin-top: .25rem; }
figure { margin: 0 0 1.9rem; }
figcaption { font: 700 .86rem/1.35 var(--sans); margin-bottom: .55rem; }
figcaption .note { display: block; font-weight: 400; color: var(--muted); font-size: .78rem; }
.chart { display: block; overflow: visible; font-family: var(--sans); }
.chart .seg-count { font: 700 12px var(--sans); }
.chart .row-label { font: 12px var(--sans); fill: var(--ink); }
.chart .row-total { font: 700 11px var(--sans); fill: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: .35rem 1.1rem; margin: .6rem 0 0; padding: 0; list-style: none; font: .78rem/1.3 var(--sans); color: var(--muted); }
.legend .count { color: var(--ink); font-weight: 700; font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: .72rem; height: .72rem; border-radius: 2px; margin-right: .35rem; vertical-align: -.06rem; background: var(--c); }
.swatch.unrated { background: #c9c5bd; outline: 1px dashed #a8a39a; outline-offset: -1px; }
.more { font: .78rem var(--sans); color: var(--muted); margin-top: .4rem; }
.tables { display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; align-items: start; }
table { width: 100%; border-collapse: collapse; font: .84rem/1.4 var(--sans); }
caption { text-align: left; font: 700 .86rem/1.35 var(--sans); padding-bottom: .45rem; }
th, td { text-align: left; padding: .38rem .5rem .38rem 0; border-bottom: 1px solid var(--rule); vertical-align: top; }
thead th { font-size: .68rem; letter-spacing: .1em; text-transform: uppercase; color: var(--faint); font-weight: 600; border-bottom: 1px solid var(--ink); }
td.num, th.num { text-align: right; padding-right: 0; font-variant-numeric: tabular-nums; }
tfoot td { font-weight: 700; border-bottom: 0; }

/* Documents and claims */
.doc { margin-top: 2.2rem; }
.doc:first-of-type { margin-top: 0; }
.doc-head { padding: .9rem 1rem 1rem; background: var(--tint); border-top: 3px solid var(--ink); margin-bottom: .4rem; break-inside: avoid; page-break-inside: avoid; }
.claims > h2 + .doc .doc-head { border-top: 0; }
.doc-head .kicker { margin: 0 0 .3rem; }
.doc-head h3 { font: 700 1.38rem/1.25 var(--serif); margin-bottom: .35rem; }
.byline { font: .82rem/1.4 var(--sans); color: var(--muted); margin: 0; }
.doc-url { font: .74rem/1.4 var(--sans); color: var(--faint); overflow-wrap: anywhere; margin: .2rem 0 0; }
.claim { position: relative; padding: 1.5rem 0 1.6rem; border-bottom: 1px solid var(--rule); }
.claim.compact, .claim-top, .claim-part { break-inside: avoid; page-break-inside: avoid; }
.claim-head { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem .6rem; font: .74rem/1.2 var(--sans); }
.claim-no { font-weight: 700; color: var(--muted); letter-spacing: .08em; text-transform: uppercase; }
.verdict { display: inline-block; padding: .26rem .6rem .24rem; border-radius: 3px; background: var(--v); color: var(--v-ink); font-weight: 700; letter-spacing: .08em; text-transform: uppercase; }
.verdict.unrated { background: transparent; color: var(--muted); border: 1px dashed #a8a39a; padding: .2rem .55rem; }
.status { display: inline-block; padding: .18rem .55rem; border: 1px solid var(--rule); border-radius: 999px; color: var(--muted); }
.status.done { border-color: #9cb99f; color: #2f5d34; }
.assignee { color: var(--muted); }
.statement { font: 700 1.3rem/1.32 var(--serif); margin: .75rem 0 .9rem; }
.in-context { margin: 0 0 1rem; padding: .15rem 0 .15rem 1rem; border-inline-start: 3px solid var(--v, var(--rule)); font-size: 1.02rem; line-height: 1.62; color: #37342f; }
.in-context[dir="rtl"] { padding: .15rem 1rem .15rem 0; font-size: 1.08rem; }
.in-context[dir="rtl"] .context-source { text-align: right; }
mark { background: var(--mark); color: var(--ink); padding: .05em .12em; border-radius: 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.context-source { display: block; margin-top: .35rem; font: .76rem/1.35 var(--sans); color: var(--faint); font-style: normal; }
.orphan-note { font: .78rem/1.4 var(--sans); color: #8a4b00; background: #fff6e5; border-radius: 3px; padding: .35rem .6rem; margin: -.4rem 0 1rem; }
.revision-note { font: .8rem/1.45 var(--sans); color: #5c3200; background: #fff6e5; border-inline-start: 3px solid #b86e00; padding: .35rem .6rem; margin: -.4rem 0 1rem; }
.facts { display: grid; grid-template-columns: 8.2rem 1fr; gap: .45rem 1rem; margin: 0 0 1.1rem; font-size: .95rem; }
.facts dt { font: 600 .68rem/1.9 var(--sans); letter-spacing: .1em; text-transform: uppercase; color: var(--faint); }
.facts dd { margin: 0; }
.chain { font-family: var(--sans); font-size: .86rem; line-height: 1.7; }
.chain .step { font-weight: 600; }
.chain .step.document { font-weight: 400; color: var(--muted); }
.chain .arrow { color: var(--faint); }
.hop-kind { font-weight: 400; color: var(--faint); font-size: .76rem; }
.hop-stance { font-weight: 400; font-style: italic; color: #8a3a0a; font-size: .76rem; }
.flag { display: inline-block; font: 700 .62rem/1.5 var(--sans); letter-spacing: .08em; text-transform: uppercase; color: #8a3a0a; background: #fff0dc; border: 1px solid #efc48f; border-radius: 3px; padding: 0 .3rem; margin-inline-start: .25rem; vertical-align: .08rem; }
.chain-note { display: block; font: .78rem/1.4 var(--sans); color: #8a3a0a; }
.origin-flag { display: inline-block; font: 700 .68rem/1.5 var(--sans); letter-spacing: .04em; text-transform: uppercase; color: #8a3a0a; background: #fff0dc; border: 1px solid #efc48f; border-radius: 3px; padding: 0 .35rem; vertical-align: .08rem; }
.tags { font: .8rem var(--sans); color: var(--muted); }
.appearances { margin: 0; padding: 0; list-style: none; font: .84rem/1.45 var(--sans); }
.appearances .url { color: var(--faint); overflow-wrap: anywhere; font-size: .74rem; }
h4 { font: 700 .7rem/1.3 var(--sans); letter-spacing: .12em; text-transform: uppercase; color: var(--muted); margin: 1.1rem 0 .45rem; }
.rationale p { margin: 0 0 .55em; }
.rationale ul, .rationale ol { margin: 0 0 .6em; padding-inline-start: 1.3rem; }
.rationale .none { color: var(--faint); font-style: italic; }
.evidence { margin: 0; padding: 0; list-style: none; }
.evidence li { padding: .5rem 0 .55rem; border-top: 1px dotted var(--rule); }
.evidence li:first-child { border-top: 0; padding-top: .1rem; }
.stance { display: inline-block; min-width: 4.6rem; font: 700 .66rem/1.6 var(--sans); letter-spacing: .1em; text-transform: uppercase; }
.stance.supporting { color: #2e6b33; }
.stance.refuting { color: #a8231f; }
.stance.context { color: var(--muted); }
.ev-title { font-weight: 700; }
.ev-meta { display: block; font: .76rem/1.45 var(--sans); color: var(--faint); overflow-wrap: anywhere; }
.ev-meta a { color: #1d4f91; }
.ev-note { display: block; font-size: .9rem; color: var(--muted); margin-top: .15rem; }
.passage { margin: .3rem 0 .15rem; padding-inline-start: .8rem; border-inline-start: 2px solid var(--rule); }
.history { margin: 0; padding: 0; list-style: none; font: .76rem/1.45 var(--sans); color: var(--muted); }
.history li { display: grid; grid-template-columns: 8.6rem 8rem 1fr; gap: .6rem; padding: .12rem 0; }
.history li.omitted-row { display: block; }
.history time { font-variant-numeric: tabular-nums; }
.history .who { color: var(--ink); }
.history .omitted { display: block; color: var(--faint); font-style: italic; }

/* Sources appendix */
.sources td:first-child { font-weight: 600; }
.sources .notes { display: block; font-weight: 400; color: var(--muted); font-size: .76rem; }
.sources .wikidata { display: block; font-weight: 400; font-size: .76rem; color: #1d4f91; }
.sources .aliases { color: var(--muted); font-size: .78rem; }
.yes { color: #8a3a0a; font-weight: 600; }
.empty-note { font-style: italic; color: var(--muted); }

.report-footer { margin-top: 3rem; padding-top: .7rem; border-top: 1px solid var(--ink); font: .74rem/1.5 var(--sans); color: var(--muted); }

@page {
  size: A4;
  margin: 20mm 18mm 22mm;
  @top-left { content: ${cssString(runningOrganization)}; font: 600 7.5pt/1 system-ui, Arial, sans-serif; letter-spacing: .12em; text-transform: uppercase; color: #9e1c1c; vertical-align: bottom; padding-bottom: 5mm; }
  @top-right { content: ${cssString(runningTitle)}; font: 7.5pt/1 system-ui, Arial, sans-serif; color: #7a756c; vertical-align: bottom; padding-bottom: 5mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt/1 system-ui, Arial, sans-serif; color: #7a756c; vertical-align: top; padding-top: 5mm; }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
}
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; line-height: 1.5; }
  h2 { margin-top: 1.6rem; break-after: avoid; page-break-after: avoid; }
  .doc-head, h4 { break-after: avoid; page-break-after: avoid; }
  figure, table tr, .figures, .tables { break-inside: avoid; page-break-inside: avoid; }
  .doc { break-before: auto; }
  a { color: inherit; text-decoration: none; }
  .ev-meta a { color: #1d4f91; }
  /* On paper a link is only as good as the address printed next to it. */
  .rationale a[href]::after { content: " (" attr(href) ")"; font: .78em var(--sans); color: var(--faint); overflow-wrap: anywhere; }
}
@media screen and (max-width: 40rem) {
  body { padding: 1.5rem 1rem 3rem; font-size: 16px; }
  h1 { font-size: 1.8rem; }
  .figures { grid-template-columns: repeat(3, 1fr); row-gap: 1rem; }
  .tables { grid-template-columns: 1fr; }
  .facts { grid-template-columns: 1fr; gap: .1rem; }
  .facts dd { margin-bottom: .5rem; }
  .history li { grid-template-columns: 1fr; gap: 0; padding: .3rem 0; }
}
`;
}
