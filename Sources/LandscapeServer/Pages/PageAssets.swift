/// The app's own style sheet, served at `stylePath`: the Content-Security-Policy allows no
/// inline style, so every rule of the pages is here.
enum PageAssets {
    static let stylePath = "/assets/landscape.css"
    static let mapScriptPath = "/assets/map.js"
    static let iconPath = "/assets/icon.svg"

    /// The tab's icon: three actors and their ties (without it the browser asks for /favicon.ico).
    static let icon = """
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><g stroke="#0b6e99" stroke-width="2.5">\
    <line x1="8" y1="24" x2="16" y2="8"/><line x1="16" y1="8" x2="25" y2="22"/><line x1="8" y1="24" x2="25" y2="22"/></g>\
    <g fill="#0b6e99"><circle cx="8" cy="24" r="5"/><circle cx="16" cy="8" r="5"/><circle cx="25" cy="22" r="5"/></g></svg>
    """

    static let style = """
    :root { --ink: #1f2933; --muted: #52606d; --line: #cbd2d9; --accent: #0b6e99; --bg: #f5f7fa; --error: #b42318; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.45 "DejaVu Sans", system-ui, sans-serif; color: var(--ink); background: var(--bg); }
    a { color: var(--accent); }
    .bar { display: flex; align-items: center; gap: 1.5rem; padding: .5rem 1rem; background: #fff; border-bottom: 1px solid var(--line); }
    .bar .brand { font-weight: bold; color: var(--ink); text-decoration: none; }
    .bar nav { display: flex; gap: 1rem; flex: 1; }
    .bar nav a { text-decoration: none; padding: .25rem .1rem; }
    .bar nav a[aria-current=page] { font-weight: bold; border-bottom: 2px solid var(--accent); }
    .bar .language { font-size: .9rem; }
    .bar .read-only { font-size: .8rem; color: var(--muted); border: 1px solid var(--line); border-radius: 999px; padding: .1rem .6rem; }
    .bar form.sign-out { margin: 0; }
    .bar form.sign-out button { padding: .15rem .6rem; font-size: .9rem; }
    main { padding: 1rem; }
    h1 { font-size: 1.35rem; margin: 0 0 1rem; }
    h2 { font-size: 1.2rem; margin: 0; }
    .page-analysis main > section { margin-top: 1.5rem; }
    h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
    .page-map main { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 1rem; padding: .75rem; }
    .map-area { position: relative; min-width: 0; }
    .tools { display: flex; flex-wrap: wrap; align-items: flex-end; gap: .6rem; margin-bottom: .5rem; }
    .tools label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
    .tools input, .tools select { font: inherit; padding: .25rem .4rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; }
    .tools input[type=search] { width: 16rem; }
    .tools .slider input { width: 10rem; padding: 0; border: 0; background: transparent; }
    .tools .slider output { color: var(--ink); font-size: .85rem; }
    button, .button { font: inherit; padding: .3rem .8rem; border: 1px solid var(--accent); border-radius: 4px; background: var(--accent);
      color: #fff; cursor: pointer; text-decoration: none; display: inline-block; }
    button.secondary, .tools .apply { background: #fff; color: var(--accent); }
    .stage { position: relative; }
    .zoom { position: absolute; right: .6rem; bottom: .6rem; display: flex; gap: .3rem; z-index: 2; }
    .zoom[hidden] { display: none; }
    #downloads, #merge { margin-top: 1.5rem; }
    pre.diff, .diagnostics pre { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .7rem .9rem; overflow-x: auto; white-space: pre-wrap; }
    .pick-hint { position: absolute; left: .6rem; top: .6rem; margin: 0; z-index: 2; background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; padding: .4rem .7rem; }
    .pick-hint[hidden] { display: none; }
    .canvas.picking g.actor { cursor: crosshair; }
    .zoom button { background: #fff; color: var(--ink); border-color: var(--line); min-width: 2.2rem; padding: .2rem .6rem; }
    .canvas { background: #fff; border: 1px solid var(--line); border-radius: 6px; height: calc(100vh - 12.5rem); min-height: 24rem;
      overflow: hidden; touch-action: none; cursor: grab; }
    .canvas.dragging { cursor: grabbing; }
    .canvas svg { width: 100%; height: 100%; display: block; }
    .canvas g.actor, .canvas g[id^=group-] { cursor: pointer; }
    details.groups { margin-top: .4rem; font-size: .9rem; }
    details.groups ul { columns: 14rem; margin: .3rem 0 0; padding-left: 1.1rem; }
    .canvas g.dim { opacity: .12; }
    .canvas g.selected ellipse, .canvas g.selected polygon, .canvas g.selected path { stroke: #d1242f; stroke-width: 4; }
    .hint { color: var(--muted); font-size: .85rem; margin: .4rem 0 0; }
    .panel { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .9rem 1rem; overflow-y: auto; max-height: calc(100vh - 5rem); }
    .panel.empty { display: none; }
    .page-map main:has(.panel.empty) { grid-template-columns: minmax(0, 1fr); }
    .panel.page { max-width: 46rem; max-height: none; }
    .panel-head { display: flex; justify-content: space-between; align-items: flex-start; gap: .5rem; }
    .panel-head .close { text-decoration: none; font-size: 1.5rem; line-height: 1; color: var(--muted); }
    .fields { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem; margin: .7rem 0 0; }
    .fields dt { color: var(--muted); }
    .fields dd { margin: 0; overflow-wrap: anywhere; }
    table { border-collapse: collapse; width: 100%; background: #fff; }
    th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { font-size: .85rem; color: var(--muted); font-weight: normal; }
    .num { text-align: right; font-variant-numeric: tabular-nums; }
    table.compact th, table.compact td { padding: .15rem .35rem; font-size: .9rem; }
    .panel table.ties td:first-child { overflow-wrap: anywhere; hyphens: auto; }
    .panel table.ties td a.edit { font-size: .85rem; }
    details.dismiss { margin-top: .3rem; }
    details.dismiss summary { cursor: pointer; color: var(--accent); font-size: .9rem; }
    details.dismiss form { display: flex; flex-wrap: wrap; align-items: flex-end; gap: .4rem; margin-top: .3rem; }
    details.dismiss label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); flex: 1 1 12rem; }
    details.dismiss input { font: inherit; padding: .25rem .4rem; border: 1px solid var(--line); border-radius: 4px; }
    form.accept { display: inline-block; margin-top: .3rem; }
    ul.dismissed li { margin-bottom: .3rem; }
    section > .notice { margin-top: .5rem; }
    #downloads h2:not(:first-child) { margin-top: 1.5rem; }
    ul.gaps { padding-left: 1.1rem; }
    ul.gaps li { margin-bottom: .5rem; }
    .severity-high strong { color: var(--error); }
    .actions { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin-top: 1rem; }
    form.record { max-width: 40rem; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.2rem; }
    form.record .field { margin-bottom: .8rem; border: 0; padding: 0; }
    form.record label, form.record legend { display: block; font-weight: bold; margin-bottom: .2rem; }
    form.record .choices label { display: inline-block; font-weight: normal; margin-right: 1rem; }
    form.record input[type=text], form.record select, form.record textarea { font: inherit; width: 100%; padding: .3rem .45rem;
      border: 1px solid var(--line); border-radius: 4px; }
    form.record .hint { margin: .15rem 0 0; }
    form.record .invalid input, form.record .invalid select, form.record .invalid textarea { border-color: var(--error); border-width: 2px; }
    .field-error p { margin: .15rem 0 0; }
    .error { color: var(--error); }
    .field-error { color: var(--error); font-size: .85rem; margin: .15rem 0 0; }
    .page-head { display: flex; align-items: center; gap: 1.5rem; margin-bottom: .5rem; }
    .page-head h1 { margin: 0; }
    .count { color: var(--muted); font-size: .85rem; margin: .3rem 0; }
    table.list th { white-space: nowrap; }
    table.list th a { color: var(--muted); text-decoration: none; }
    table.list th a:hover { text-decoration: underline; }
    .arrange { margin-top: .4rem; }
    .notice { background: #e6f4ea; border: 1px solid #9ccc9c; padding: .5rem .8rem; border-radius: 4px; margin: 0 0 .8rem; }
    .notice.error { background: #fdecea; border-color: #f5a8a0; }
    tr.undone td { color: var(--muted); }
    .muted { color: var(--muted); font-size: .85rem; }
    ul.fields-changed { margin: .2rem 0 0; padding-left: 1.1rem; font-size: .85rem; color: var(--muted); }
    @media (max-width: 60rem) { .page-map main { grid-template-columns: minmax(0, 1fr); } }
    """
}
