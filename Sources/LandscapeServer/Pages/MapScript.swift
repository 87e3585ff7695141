extension PageAssets {
    /// The map's script, served at `mapScriptPath`: pan and zoom over the SVG's viewBox, the
    /// filters that dim the rest, search that jumps to an actor, and a clicked actor's panel opened
    /// in place. The page works without it (search and panel by links); it reads only the data
    /// attributes of `#map-index` and never writes markup of its own.
    static let mapScript = #"""
    "use strict";
    (function () {
      const canvas = document.getElementById("map");
      const panel = document.getElementById("panel");
      const index = document.getElementById("map-index");
      if (!canvas || !index) return;
      const svg = canvas.querySelector("svg");
      const langField = document.querySelector("form.tools input[name=lang]");
      const lang = langField ? langField.value : null;
      // The landscape's prefix when the page was reached as /l/ID/… or through a share link
      // /s/TOKEN/… (its links carry it too).
      const base = (window.location.pathname.match(/^\/[ls]\/[^/]+/) || [""])[0];
      const actors = Array.from(index.querySelectorAll("li[data-actor]"));
      const ties = Array.from(index.querySelectorAll("li[data-tie]"));
      const bySvg = new Map(actors.map(li => [li.dataset.svg, li]));
      const byId = new Map(actors.map(li => [li.dataset.actor, li]));

      // Pan and zoom: the viewBox moves; the drawing is never re-rendered.
      const start = svg.viewBox.baseVal;
      const home = { x: start.x, y: start.y, w: start.width, h: start.height };
      let view = Object.assign({}, home);
      function apply() { svg.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`); }
      function zoom(factor, cx, cy) {
        const w = Math.min(home.w * 4, Math.max(home.w / 40, view.w * factor));
        const f = w / view.w;
        view.x = cx - (cx - view.x) * f; view.y = cy - (cy - view.y) * f;
        view.w = w; view.h = view.h * f; apply();
      }
      function toDrawing(clientX, clientY) {
        const box = svg.getBoundingClientRect();
        const scale = Math.max(view.w / box.width, view.h / box.height);
        const offsetX = (box.width * scale - view.w) / 2, offsetY = (box.height * scale - view.h) / 2;
        return { x: view.x - offsetX + (clientX - box.left) * scale, y: view.y - offsetY + (clientY - box.top) * scale, scale: scale };
      }
      canvas.addEventListener("wheel", event => {
        event.preventDefault();
        const p = toDrawing(event.clientX, event.clientY);
        zoom(event.deltaY > 0 ? 1.2 : 1 / 1.2, p.x, p.y);
      }, { passive: false });
      let drag = null;
      canvas.addEventListener("pointerdown", event => {
        if (event.button !== 0) return;
        drag = { x: event.clientX, y: event.clientY, view: Object.assign({}, view), moved: false };
      });
      window.addEventListener("pointermove", event => {
        if (!drag) return;
        const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
        if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
        drag.moved = true; canvas.classList.add("dragging");
        const scale = toDrawing(0, 0).scale;
        view.x = drag.view.x - dx * scale; view.y = drag.view.y - dy * scale; apply();
      });
      window.addEventListener("pointerup", () => {
        canvas.classList.remove("dragging");
        if (drag && drag.moved) { canvas.dataset.dragged = "1"; setTimeout(() => { delete canvas.dataset.dragged; }, 0); }
        drag = null;
      });
      const zoomBox = document.querySelector(".zoom");
      if (zoomBox) {
        zoomBox.hidden = false;
        zoomBox.addEventListener("click", event => {
          const which = event.target.dataset && event.target.dataset.zoom;
          if (which === "fit") { view = Object.assign({}, home); apply(); }
          else if (which) zoom(which === "in" ? 1 / 1.4 : 1.4, view.x + view.w / 2, view.y + view.h / 2);
        });
      }

      // The chosen actor: marked, brought into view, its panel opened in place.
      function groupOf(id) { const li = byId.get(id); return li ? document.getElementById(li.dataset.svg) : null; }
      // A group's box in the drawing's coordinates (Graphviz translates its top group).
      function boxOf(group) {
        const b = group.getBBox();
        const m = svg.getScreenCTM().inverse().multiply(group.getScreenCTM());
        const a = new DOMPoint(b.x, b.y).matrixTransform(m), c = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m);
        return { x: Math.min(a.x, c.x), y: Math.min(a.y, c.y), width: Math.abs(c.x - a.x), height: Math.abs(c.y - a.y) };
      }
      function center(group) {
        if (!group) return;
        const box = boxOf(group);
        const w = Math.min(view.w, home.w / 2), h = view.h * w / view.w;
        view = { x: box.x + box.width / 2 - w / 2, y: box.y + box.height / 2 - h / 2, w: w, h: h }; apply();
      }
      function mark(group) {
        svg.querySelectorAll("g.selected").forEach(g => g.classList.remove("selected"));
        if (group) group.classList.add("selected");
      }
      function withLang(url) { return lang ? url + (url.includes("?") ? "&" : "?") + "lang=" + encodeURIComponent(lang) : url; }
      async function open(id, push) {
        const li = byId.get(id);
        if (!li || !panel) return;
        const response = await fetch(withLang(li.dataset.href + "?part=panel"));
        if (!response.ok) { window.location.href = li.dataset.href; return; }
        const parsed = new DOMParser().parseFromString(await response.text(), "text/html");
        panel.replaceChildren(...parsed.body.firstElementChild.childNodes);
        panel.classList.remove("empty");
        const group = groupOf(id);
        mark(group);
        if (push) history.pushState({ actor: id }, "", withLang(base + "/?actor=" + encodeURIComponent(id)));
      }
      // A new tie picked on the map: »Tie to …« in a panel, then a click on the other actor opens
      // the tie's form with both ends chosen (without script the link opens it with one).
      const pickHint = document.getElementById("pick-hint");
      let picking = null;
      function pick(link) {
        picking = { from: link.dataset.pick, href: link.getAttribute("href") };
        // The whole map, so that the other actor is in sight (an opened panel zooms in on its own).
        view = Object.assign({}, home); apply();
        canvas.classList.add("picking");
        if (pickHint) pickHint.hidden = false;
      }
      function stopPicking() { picking = null; canvas.classList.remove("picking"); if (pickHint) pickHint.hidden = true; }
      if (pickHint) pickHint.addEventListener("click", event => { if (event.target.closest("[data-pick-cancel]")) stopPicking(); });
      window.addEventListener("keydown", event => { if (event.key === "Escape" && picking) stopPicking(); });
      svg.addEventListener("click", event => {
        if (canvas.dataset.dragged) return;
        const group = event.target.closest("g.actor");
        const li = group && bySvg.get(group.id);
        if (picking) {
          if (li && li.dataset.actor !== picking.from) window.location.href = picking.href + "&to=" + encodeURIComponent(li.dataset.actor);
          return;
        }
        if (li) { open(li.dataset.actor, true); return; }
        // A group of the overview (a municipality): its own map, with its actors.
        const cluster = !picking && event.target.closest("g[id^='group-']");
        const entry = cluster && index.querySelector(`li[data-group="${cluster.id}"]`);
        if (entry) window.location.href = entry.dataset.href;
      });
      if (panel) panel.addEventListener("click", event => {
        const link = event.target.closest("a[data-pick]");
        if (!link) return;
        event.preventDefault();
        pick(link);
      });
      if (panel) panel.addEventListener("click", event => {
        const link = event.target.closest("a[data-open]");
        if (!link || !byId.has(link.dataset.open)) return;
        event.preventDefault();
        open(link.dataset.open, true).then(() => center(groupOf(link.dataset.open)));
      });
      window.addEventListener("popstate", event => {
        if (event.state && event.state.actor) open(event.state.actor, false);
      });

      // Search: a name that picks one actor opens it here; anything else goes to the server.
      const form = document.querySelector("form.tools");
      const search = form && form.querySelector("input[name=q]");
      if (form) form.addEventListener("submit", event => {
        if (event.submitter && event.submitter.classList.contains("apply")) { event.preventDefault(); filter(); return; }
        const text = (search.value || "").trim().toLowerCase();
        if (!text) return;
        const exact = actors.filter(li => li.dataset.name.toLowerCase() === text);
        const found = exact.length ? exact : actors.filter(li => li.dataset.name.toLowerCase().includes(text) || li.dataset.actor.toLowerCase().includes(text));
        if (found.length !== 1) return;
        event.preventDefault();
        open(found[0].dataset.actor, true).then(() => center(groupOf(found[0].dataset.actor)));
      });

      // Filters: what does not match is dimmed, nothing is hidden.
      function chosen(name) { const s = form && form.querySelector(`select[data-filter=${name}]`); return s ? s.value : ""; }
      function filter() {
        const kind = chosen("kind"), sector = chosen("sector"), tieKind = chosen("tie");
        const active = kind || sector || tieKind;
        const keep = new Set();
        for (const li of actors) {
          if (kind && li.dataset.kind !== kind) continue;
          if (sector && !li.dataset.sectors.split(" ").includes(sector)) continue;
          keep.add(li.dataset.svg);
        }
        if (tieKind) {
          const ends = new Set();
          for (const li of ties) if (li.dataset.kind === tieKind && keep.has(li.dataset.from) && keep.has(li.dataset.to)) { ends.add(li.dataset.from); ends.add(li.dataset.to); }
          for (const id of Array.from(keep)) if (!ends.has(id)) keep.delete(id);
        }
        for (const li of actors) { const g = document.getElementById(li.dataset.svg); if (g) g.classList.toggle("dim", !!active && !keep.has(li.dataset.svg)); }
        for (const li of ties) {
          const g = document.getElementById(li.dataset.tie);
          const shown = keep.has(li.dataset.from) && keep.has(li.dataset.to) && (!tieKind || li.dataset.kind === tieKind);
          if (g) g.classList.toggle("dim", !!active && !shown);
        }
      }
      if (form) form.querySelectorAll("select[data-filter]").forEach(s => s.addEventListener("change", filter));
      // The slider: its year shown while it moves, the map of that year loaded when let go.
      const slider = form && form.querySelector("input[type=range][name=at]");
      if (slider) {
        const shown = slider.parentElement.querySelector("output");
        const label = () => slider.value === slider.max ? slider.dataset.all : slider.value;
        slider.addEventListener("input", () => { shown.textContent = label(); });
        slider.addEventListener("change", () => {
          if (slider.value === slider.max) slider.disabled = true;
          if (search) search.disabled = true;
          form.submit();
        });
      }
      filter();

      // A panel the page came with: its actor marked on the whole map, which keeps its title in
      // view (zooming in on the actor cut the title off beside the panel).
      const head = panel && panel.querySelector(".panel-head[data-actor]");
      if (head) mark(document.getElementById(head.dataset.actor));
    })();
    """#
}
