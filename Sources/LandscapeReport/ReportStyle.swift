import LandscapeCore
import LandscapeRender

/// The report's style sheet: one constant, inlined in the document. Screen: one readable
/// column. Print: A4 portrait, every section on a new page, diagrams on landscape pages,
/// page numbers at the foot.
///
/// Colours are the diagrams' (Okabe & Ito, colour-blind safe); kind chips use the kind's fill
/// and outline from `KindStyle`, so a table row and a diagram node look alike.
enum ReportStyle {
    static let css: String = base + kindChips

    static var kindChips: String {
        ActorKind.allCases.map { kind in
            let style = KindStyle.of(kind)
            return ".kind-\(kind.rawValue){background:\(style.fill.hex);border-color:\(style.outline.hex)}"
        }.joined(separator: "\n") + "\n"
    }

    static let base = """
    :root{--text:#1a1a1a;--muted:#555;--line:#d5d9de;--soft:#f3f5f7;--accent:#0072B2;--high:#D55E00;--medium:#E69F00;--low:#56B4E9}
    *{box-sizing:border-box}
    html{font-family:"DejaVu Sans","Noto Sans","Segoe UI",Helvetica,Arial,sans-serif;color:var(--text);background:#fff;line-height:1.45;font-size:16px}
    body{margin:0}
    main{max-width:62rem;margin:0 auto;padding:1.5rem 1.5rem 4rem}
    h1{font-size:2.1rem;line-height:1.15;margin:.2rem 0 .4rem}
    h2{font-size:1.55rem;margin:2.6rem 0 .8rem;padding-bottom:.3rem;border-bottom:3px solid var(--accent);display:flex;gap:.6rem;align-items:baseline}
    h2 .number{display:inline-block;min-width:1.9rem;text-align:center;background:var(--accent);color:#fff;border-radius:.3rem;padding:0 .35rem;font-size:1.2rem}
    h3{font-size:1.15rem;margin:1.8rem 0 .5rem;color:#123}
    h4{font-size:1rem;margin:1rem 0 .35rem}
    p{margin:.45rem 0}
    .lead{font-size:1.05rem}
    .note{font-size:.85rem;color:var(--muted)}
    .masthead{border-left:.5rem solid var(--accent);padding:.6rem 0 .6rem 1.1rem;margin:1rem 0 1.6rem}
    .kicker{text-transform:uppercase;letter-spacing:.08em;font-size:.8rem;color:var(--accent);font-weight:bold;margin:0}
    .date{font-size:1.1rem;color:var(--muted);margin:0}
    .anonymised{display:inline-block;margin-top:.5rem;padding:.15rem .5rem;border:1px solid var(--high);color:#8a3a00;border-radius:.25rem;font-size:.85rem}
    .contents{background:var(--soft);border-radius:.4rem;padding:.7rem 1.1rem;margin:1rem 0}
    .contents-heading{font-weight:bold;margin:0 0 .2rem}
    .contents ol{margin:0;padding-left:1.4rem;columns:2;column-gap:2rem}
    .contents a{color:var(--accent);text-decoration:none}
    .contents-appendix{margin:.3rem 0 0}
    .glance{border:2px solid var(--accent);border-radius:.45rem;padding:.4rem 1.1rem .6rem;margin:1.2rem 0;background:#f5fafd}
    .glance h3{margin-top:.5rem}
    .glance li{margin:.3rem 0}
    .two-columns{display:flex;flex-wrap:wrap;gap:0 2rem;align-items:flex-start}
    .two-columns > div{flex:0 1 auto;min-width:0;max-width:100%}
    table{border-collapse:collapse;width:100%;font-size:.86rem;margin:.5rem 0 1rem}
    th,td{padding:.28rem .45rem;border-bottom:1px solid var(--line);vertical-align:top;text-align:left;overflow-wrap:break-word}
    th{background:var(--soft);font-weight:bold;border-bottom:2px solid #b8c0c8}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    tbody tr:nth-child(even) td{background:#fafbfc}
    table.counts{width:auto}
    table.compact{width:auto;font-size:.82rem}
    .kind{display:inline-block;font-size:.72rem;line-height:1.3;padding:0 .35rem;border:1px solid;border-radius:.6rem;white-space:nowrap;vertical-align:.08em;color:#1a1a1a}
    span.actor{font-weight:600}
    svg{max-width:100%}
    svg.bar{display:block;margin-top:.2rem}
    .ranking-table td:last-child{width:150px}
    .role-counts{font-size:.8rem}
    .role{white-space:nowrap}
    dl.roles{break-inside:avoid}
    svg.gauge{display:block;margin:.15rem 0 .3rem}
    .role-counts .swatch{width:.65rem;height:.65rem;margin-right:.2rem}
    dl.roles{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .8rem;font-size:.88rem;margin:.4rem 0 .8rem}
    dl.roles dt{font-weight:bold}
    dl.roles dd{margin:0}
    .swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:.15rem;margin-right:.35rem;vertical-align:-.05rem}
    ul.who{padding-left:1.1rem}
    ul.who li{margin:.45rem 0}
    .figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:.8rem;margin:1rem 0}
    .figure-card{border:1px solid var(--line);border-top:4px solid var(--accent);border-radius:.35rem;padding:.5rem .8rem .7rem;break-inside:avoid}
    .figure-value{font-size:1.7rem;font-weight:bold;margin:0;color:var(--accent);font-variant-numeric:tabular-nums}
    .figure-name{font-weight:bold;margin:0 0 .25rem}
    .figure-meaning{font-size:.88rem;margin:0}
    svg.heatmap{display:block;max-width:100%;height:auto;margin:.6rem 0}
    svg text{font-family:"DejaVu Sans","Noto Sans",Helvetica,Arial,sans-serif;font-size:11px;fill:#1a1a1a}
    svg text.heat-column{font-size:11px}
    svg text.heat-row{text-anchor:end}
    svg text.heat-flagged{fill:#A84A00;font-weight:bold}
    svg text.heat-value{text-anchor:middle;font-weight:bold}
    svg text.heat-dark{fill:#fff}
    svg text.heat-extra-heading{font-weight:bold}
    svg text.chart-caption{font-weight:bold}
    svg text.gauge-label{font-size:10px;fill:#555}
    svg text.gauge-right{text-anchor:end}
    figure.diagram{margin:1.2rem 0;break-inside:avoid}
    .diagram-frame{border:1px solid var(--line);border-radius:.35rem;padding:.4rem;background:#fff}
    .diagram-frame svg{display:block;width:100%;height:auto}
    .diagram-key{margin:.35rem 0 .15rem;font-size:.85rem;line-height:1.2}
    .key-section{display:flex;flex-wrap:wrap;align-items:center;gap:.05rem 1rem;margin:.2rem 0}
    .key-heading{font-weight:bold;margin:0}
    .key-entry{display:flex;align-items:center;gap:.35rem;margin:0}
    .key-entry svg.key-sample{flex:none;width:30px;height:18px}
    .key-note{color:var(--muted);margin:0}
    figcaption{font-size:.88rem;color:var(--muted);margin-top:.4rem}
    figcaption strong{color:var(--text)}
    .missing{padding:1rem;border:1px dashed var(--high);color:#8a3a00}
    figure.tile,.tiles-note{display:none}
    svg.tile-drawing{display:block;width:100%;height:auto}
    .directory-table{font-size:.78rem}
    .directory-table td:nth-child(4){white-space:nowrap}
    .severity-heading{border-left:.4rem solid;padding-left:.5rem}
    .severity-heading.severity-high{border-color:var(--high)}
    .severity-heading.severity-medium{border-color:var(--medium)}
    .severity-heading.severity-low{border-color:var(--low)}
    ol.gaps{padding-left:1.5rem}
    li.gap{margin:.2rem 0 .8rem;padding:.35rem .7rem;border-left:4px solid var(--line);background:#fcfcfd;break-inside:avoid}
    li.gap.severity-high{border-left-color:var(--high)}
    li.gap.severity-medium{border-left-color:var(--medium)}
    li.gap.severity-low{border-left-color:var(--low)}
    .gap-title{margin:0 0 .2rem}
    .gap-explanation{margin:.15rem 0}
    .gap-suggestion{margin:.15rem 0;color:#134}
    .what-to-do{font-weight:bold;color:var(--accent)}
    .badge{display:inline-block;font-size:.72rem;text-transform:uppercase;letter-spacing:.04em;font-weight:bold;padding:0 .4rem;border-radius:.2rem;color:#fff}
    .badge-high{background:var(--high)}
    .badge-medium{background:#B07800}
    .badge-low{background:#2A7FB0}
    .count{display:inline-block;min-width:1.6rem;text-align:center;border-radius:.2rem;font-weight:bold;color:#fff}
    .count-high{background:var(--high)}
    .count-medium{background:#B07800}
    .count-low{background:#2A7FB0}
    ol.gaps.minor li.gap{font-size:.85rem;padding:.2rem .6rem;margin-bottom:.45rem}
    .whatif{margin-top:2rem}
    .programme{border:1px solid var(--line);border-radius:.35rem;padding:.3rem .9rem .6rem;margin:.8rem 0;break-inside:avoid}
    .programme .until{font-weight:normal;color:var(--muted)}
    .before-after{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:center}
    .before-after table{margin:.3rem 0}
    svg.before-after-chart{max-width:100%;height:auto}
    ol.suggestions{padding-left:1.6rem}
    li.suggestion{margin:.3rem 0 .9rem;break-inside:avoid}
    .pair{margin:0 0 .15rem}
    .pair .and{color:var(--accent);font-weight:bold}
    ul.reasons{margin:.1rem 0;padding-left:1.1rem;font-size:.9rem}
    .closes{font-size:.9rem;margin:.15rem 0}
    .closes-label{font-weight:bold;color:#0a6e50}
    .communities{display:grid;grid-template-columns:repeat(auto-fill,minmax(19rem,1fr));gap:.8rem}
    .community{border:1px solid var(--line);border-left:.45rem solid;border-radius:.3rem;padding:.2rem .8rem .5rem;font-size:.9rem;break-inside:avoid}
    .community h4{margin:.4rem 0 .2rem}
    .members{font-size:.8rem;color:var(--muted)}
    .status{display:inline-block;font-size:.78rem;padding:0 .4rem;border-radius:.2rem;white-space:nowrap;font-weight:bold}
    .status-uncovered{background:#fbe3d3;color:#8a3a00;border:1px solid var(--high)}
    .status-outside{background:#fdf0d5;color:#6b4a00;border:1px solid var(--medium)}
    .status-uncoordinated{background:#fff8d6;color:#5c5200;border:1px solid #d8c440}
    .status-covered{background:#e0f2ec;color:#0a5c44;border:1px solid #009E73}
    .coverage-table td:last-child{font-size:.8rem}
    .coverage-table td:first-child{min-width:9rem}
    .directory-table td:last-child,.coverage-table td:last-child{overflow-wrap:anywhere}
    .method dl{margin:.3rem 0}
    .method dt{font-weight:bold;margin-top:.45rem}
    .method dd{margin:.1rem 0 0 1.2rem;font-size:.9rem}
    ul.sources{font-size:.8rem;color:var(--muted);padding-left:1.1rem}
    .colophon{font-size:.8rem;color:var(--muted);margin-top:2rem}
    @media (max-width:44rem){.contents ol{columns:1}}
    @media screen and (min-width:70rem){figure.diagram{width:min(94vw,100rem);margin-left:calc(50% - min(47vw,50rem))}}
    @page{size:A4;margin:16mm 15mm 18mm;@bottom-right{content:counter(page) " / " counter(pages);font-family:"DejaVu Sans",sans-serif;font-size:8pt;color:#666}}
    @page wide{size:A4 landscape;margin:10mm 12mm 12mm}
    @media print{
    html{font-size:10pt}
    main{max-width:none;padding:0}
    section.section{margin-top:1.6rem}
    section.landscape-pages,section.appendix,section.section-10{break-before:page}
    section.title-page{margin-top:0}
    h2{margin-top:0}
    h2,h3,h4{break-after:avoid}
    h3{margin:1rem 0 .35rem}
    .masthead{margin:.2rem 0 .9rem}
    .contents{margin:.5rem 0;padding:.5rem 1rem}
    .glance{margin:.6rem 0;padding:.2rem 1rem .4rem}
    .glance li{margin:.15rem 0;font-size:.93rem}
    h1{font-size:1.9rem}
    .lead{font-size:1rem}
    th,td{padding:.2rem .4rem}
    table.counts{font-size:.76rem;min-width:0}
    table.counts th{font-size:.7rem}
    tr,li,dt,.figure-card,.programme,.community,.chart-block,.keep{break-inside:avoid}
    h2 + .lead{break-after:avoid}
    dt{break-after:avoid}
    section.landscape-pages{page:wide}
    section.landscape-pages > .lead{font-size:.9rem}
    figure.diagram{margin:.3rem 0 0}
    figure.tile{display:block}
    .tiles-note{display:block;margin:0 0 .3rem;padding:.15rem .6rem;border-left:4px solid var(--accent);background:#f5fafd;font-size:.9rem;break-after:avoid}
    .tiles-follow{display:none}
    section.landscape-pages h2 + .lead + figure.diagram.tiled svg{max-height:114mm}
    .zoom-hint{display:none}
    figure.tile svg.tile-drawing{max-height:175mm}
    figure.diagram ~ figure.diagram{break-before:page}
    figure.diagram .diagram-frame{border:none;padding:0}
    figure.diagram svg{max-height:165mm}
    section.landscape-pages h2 + .lead + figure.diagram svg,section.landscape-pages h2 + .lead + figure.diagram .missing{max-height:122mm}
    .section-7 figure.diagram svg{max-height:112mm}
    .coverage-table{font-size:.78rem}
    .appendix-tiles{page:wide}
    .appendix .directory{margin-top:1rem}
    .section-7 .communities{grid-template-columns:repeat(3,1fr)}
    .figures{grid-template-columns:repeat(3,1fr);gap:.5rem}
    .figure-card{padding:.3rem .6rem .45rem}
    .figure-value{font-size:1.35rem}
    .figure-meaning{font-size:.8rem}
    .contents a{color:var(--text)}
    .glance{background:none}
    tbody tr:nth-child(even) td{background:none}
    }

    """
}
