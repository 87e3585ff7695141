/// The briefing's style sheet, added after the report's (whose kind chips, badges and tables it
/// shares): one narrow column on screen; in print A4 portrait with smaller margins, no page
/// break forced, and the diagram no taller than what the second page leaves beside the
/// decisions that run over and its key, so that the whole fits on two pages.
enum BriefStyle {
    static let css = """
    main.brief{max-width:54rem}
    .brief-head{border-left:.5rem solid var(--accent);padding:.3rem 0 .3rem 1rem;margin:.5rem 0 1rem}
    .brief-head h1{font-size:1.45rem;line-height:1.25;margin:.1rem 0 0}
    .brief-meta{font-size:1rem;font-weight:normal;color:var(--muted)}
    main.brief h2{font-size:1.2rem;margin:1.3rem 0 .45rem;display:block}
    ol.findings{padding-left:1.4rem;margin:.3rem 0}
    li.finding{margin:.2rem 0 .55rem;padding:.3rem .7rem;border-left:4px solid var(--accent);background:#fcfcfd;break-inside:avoid}
    li.finding.severity-high{border-left-color:var(--high)}
    li.finding.severity-medium{border-left-color:var(--medium)}
    li.finding.severity-low{border-left-color:var(--low)}
    .finding-meaning,.finding-action{margin:.1rem 0}
    li.finding .note{margin:.1rem 0 0}
    .brief-decisions{border:2px solid var(--accent);border-radius:.45rem;padding:.1rem 1rem .4rem;margin-top:1rem;background:#f5fafd}
    .brief-decisions h2{margin-top:.5rem}
    ol.decisions{padding-left:1.4rem;margin:.3rem 0}
    ol.decisions li{margin:.3rem 0;break-inside:avoid}
    .brief-decisions h2,.brief-decisions > p{break-after:avoid}
    .brief-changes .glance{margin:.4rem 0}
    .brief-overview figure.diagram{margin:.4rem 0}
    .brief .colophon{margin-top:.8rem}
    @page{size:A4;margin:12mm 10mm 13mm}
    @media print{
    html{font-size:9.2pt}
    .brief .colophon{margin-top:.3rem}
    main.brief{max-width:none}
    main.brief h2{margin:.8rem 0 .3rem}
    .brief-head{margin:0 0 .6rem}
    .brief-decisions{background:none}
    .brief-overview{break-inside:avoid}
    .brief-overview figure.diagram .diagram-frame svg{max-height:165mm}
    main.with-changes .brief-overview figure.diagram .diagram-frame svg{max-height:110mm}
    figure.diagram ~ figure.diagram{break-before:auto}
    }

    """
}
