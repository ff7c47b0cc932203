import { ENTITY_COLOURS, SENTIMENT_COLOURS, SENTIMENT_STEPS, TIMELINE_COLOURS, onSentimentStep } from '../palette.js';

// One stylesheet for every page, inline and allowed by hash: no inline style attributes anywhere,
// so colours that depend on data come from the classes generated here.

const entityRules = Object.entries(ENTITY_COLOURS)
  .map(([type, colour]) => `.t-${type}{--c:${colour}}`)
  .join('\n');

const timelineRules = Object.entries(TIMELINE_COLOURS)
  .map(([kind, colour]) => `.dot.${kind}{background:${colour}}`)
  .join('\n');

const sentimentRules = SENTIMENT_STEPS.map((step) => `.s-${step}{--s:${SENTIMENT_COLOURS[step]};--on-s:${onSentimentStep(step)}}`).join('\n');

export const STYLE = `:root{color-scheme:light;--ink:#1b1b1b;--muted:#5b5b5b;--rule:#d8d8d8;--paper:#fff;--wash:#f6f6f4;--link:#0059a0}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);background:var(--paper)}
a{color:var(--link)}
a:focus-visible,button:focus-visible,.m:focus-visible,input:focus-visible{outline:3px solid #E69F00;outline-offset:2px}
.page{max-width:76rem;margin:0 auto;padding:1rem 1.25rem 3rem}
.crumbs{font-size:.9rem;margin:0 0 .5rem}
h1{font-size:1.6rem;line-height:1.25;margin:.2rem 0 .4rem}
h2{font-size:1.2rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:1px solid var(--rule)}
h3{font-size:1rem;margin:1.2rem 0 .4rem}
.meta{color:var(--muted);font-size:.92rem;margin:0;display:flex;flex-wrap:wrap;gap:.2rem 1.1rem;padding:0;list-style:none}
.meta b{color:var(--ink);font-weight:600}
.cards{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0 0;padding:0;list-style:none}
.cards li{background:var(--wash);border-radius:.4rem;padding:.35rem .75rem;font-size:.9rem}
.cards b{display:block;font-size:1.25rem;line-height:1.2}
.note{color:var(--muted);font-size:.9rem}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.columns{display:grid;grid-template-columns:minmax(0,46rem) minmax(0,1fr);gap:2rem;align-items:start}
@media (max-width:62rem){.columns{grid-template-columns:minmax(0,1fr)}}
.legend{position:sticky;top:0;background:var(--paper);z-index:20;padding:.5rem 0;border-bottom:1px solid var(--rule);display:flex;flex-wrap:wrap;gap:.3rem .9rem;font-size:.85rem;align-items:center}
.legend label{white-space:nowrap;cursor:pointer}
.legend .key{display:inline-flex;gap:.25rem;flex-wrap:wrap}
.text{margin-top:.5rem}
.seg{display:grid;grid-template-columns:.55rem minmax(0,1fr);gap:.8rem;margin:0 0 .85rem}
.strip{border-radius:.2rem;background:var(--s,transparent);min-height:1.2rem}
.strip.none{background:repeating-linear-gradient(45deg,#eee 0 3px,#fff 3px 6px)}
.body{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.9}
.k-title .body{font-size:1.35rem;font-weight:700;line-height:1.5}
.k-heading .body{font-size:1.1rem;font-weight:700}
.k-list_item .body{padding-left:1.2rem;text-indent:-1.2rem}
.k-other .body{color:var(--muted)}
.trailer{margin:1.2rem 0;padding:.6rem .9rem;border:1px dashed var(--rule);border-radius:.4rem;background:var(--wash);font-size:.92rem}
.comments{margin-top:1.5rem}
.comment{margin:0 0 .8rem;padding:.6rem .9rem;border-left:4px solid var(--rule);background:var(--wash);border-radius:0 .4rem .4rem 0}
.comment .seg,.trailer .seg{display:block;margin:0}
.badge{display:inline-block;font-size:.78rem;font-weight:600;padding:0 .45rem;border-radius:1rem;background:var(--s,#e4e4e4);color:var(--on-s,#000);white-space:nowrap}
.flag{display:inline-block;font-size:.78rem;font-weight:600;padding:0 .45rem;border-radius:1rem;border:1px solid #CC79A7;color:#7a3062}
.m{position:relative;color:inherit;background:none;border-radius:.25rem;padding:.05rem .1rem;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.m-entity{background:color-mix(in srgb,var(--c,#bbb) 32%,#fff);box-shadow:inset 0 -2px 0 var(--c,#bbb)}
.m-figure{outline:1.5px dashed #333;outline-offset:-1px;background:#fff}
.m-date{background:#eef5fb;border-bottom:2px dotted #0072B2;border-radius:.25rem .25rem 0 0}
.m-quote{background:#f4efe6;box-shadow:inset 3px 0 0 #8a6d3b;padding-left:.3rem}
.m-quote.cont{box-shadow:none}
.tag{font:700 .62rem/1 system-ui,sans-serif;letter-spacing:.03em;text-transform:uppercase;margin-left:.3rem;padding:.1rem .25rem;border-radius:.2rem;background:rgba(255,255,255,.75);color:#222;vertical-align:.12em;user-select:none;-webkit-user-select:none}
.m:focus-visible::after{content:attr(title);position:absolute;left:0;top:calc(100% + .25rem);z-index:30;width:max-content;max-width:min(22rem,80vw);padding:.3rem .5rem;border-radius:.3rem;background:#1b1b1b;color:#fff;font:400 .82rem/1.35 system-ui,sans-serif;white-space:normal;text-indent:0;pointer-events:none}
.hide-entity .m-entity,.hide-figure .m-figure,.hide-date .m-date,.hide-quote .m-quote{background:none;box-shadow:none;outline:none;border-bottom-color:transparent}
.hide-entity .m-entity>.tag,.hide-figure .m-figure>.tag,.hide-date .m-date>.tag{display:none}
.swatch{display:inline-block;font-size:.7rem;font-weight:700;padding:.05rem .35rem;border-radius:.2rem}
.swatch.m-entity,.swatch.m-date,.swatch.m-figure,.swatch.m-quote{position:static}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;font-size:.88rem;width:100%}
caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{padding:.3rem .45rem;border-bottom:1px solid var(--rule);text-align:left;vertical-align:top}
th{background:var(--wash);white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
th button{all:unset;cursor:pointer;font-weight:700}
th button::after{content:" \\2195";color:var(--muted);font-weight:400}
th[aria-sort=ascending] button::after{content:" \\2191"}
th[aria-sort=descending] button::after{content:" \\2193"}
td.long{min-width:14rem}
td.nowrap{white-space:nowrap}
.warnings li{margin:.2rem 0}
.cast{list-style:none;padding:0;margin:0 0 .6rem}
.cast li{margin:.15rem 0}
.cast h3{margin:.8rem 0 .2rem;font-size:.85rem;color:var(--muted)}
.cast .chip{display:inline-block;margin:.1rem .15rem;padding:0 .35rem;border-radius:.25rem;background:color-mix(in srgb,var(--c,#bbb) 30%,#fff);box-shadow:inset 0 -2px 0 var(--c,#bbb);font-size:.88rem;text-decoration:none;color:var(--ink)}
.cast .chip small{color:var(--muted);margin-left:.25rem}
.sev-error{color:#A33D00;font-weight:700}
.chart{margin:.5rem 0 1rem;overflow-x:auto}
.chart svg{display:block;width:100%;min-width:34rem;height:auto;max-width:60rem;font-family:system-ui,"DejaVu Sans",sans-serif}
details{margin:.4rem 0 1rem}
summary{cursor:pointer;color:var(--link)}
.legend-row{display:flex;flex-wrap:wrap;gap:.3rem .8rem;font-size:.82rem;margin:.3rem 0}
.dot{display:inline-block;width:.8rem;height:.8rem;border-radius:.15rem;vertical-align:-.1rem;margin-right:.25rem;background:var(--c,var(--s))}
.files{display:flex;flex-wrap:wrap;gap:.4rem .9rem;padding:0;list-style:none}
${entityRules}
${sentimentRules}
${timelineRules}
@media (max-width:40rem){.legend{position:static}body{font-size:15px}.page{padding:.75rem .8rem 2rem}h1{font-size:1.3rem}.seg{gap:.5rem}}
@media print{.legend{position:static}}
`;
