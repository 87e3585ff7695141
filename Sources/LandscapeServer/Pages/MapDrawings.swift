import Foundation
import LandscapeApp
import LandscapeCore
import LandscapeRender
import LandscapeReport
import LandscapeStore
import LandscapeWording

/// The map as the pages show it: the landscape drawn by the renderer (Graphviz in a child
/// process), made fit for the page, and kept until the landscape or the language changes.
///
/// The map keeps its shape: the first drawing's layout is kept, and every later drawing pins
/// each actor where it stood (`Diagram.pinned(to:)`); an actor that is new stands in a row below
/// until the map is re-arranged (`forgetLayout`), which lays everything out anew.
actor MapDrawings {
    /// A drawn map: its markup, or why it could not be drawn.
    enum Drawn: Sendable {
        case map(Node)
        case failed(String)
    }

    private struct Key: Hashable {
        var landscape: Landscape
        var language: Language
        var day: CalendarDay?
        var ego: DiagramOptions.Ego?
        var group: String?
    }

    private let renderer: any DiagramRenderer
    private let layouts: any LayoutKeeping
    private var cached: (key: Key, drawn: Drawn)?

    init(renderer: any DiagramRenderer, layouts: any LayoutKeeping) {
        self.renderer = renderer
        self.layouts = layouts
    }

    /// The map of `landscape` in `language` (on `day`: only what is active then; `group`: only
    /// the actors of one group of the overview), drawn anew only when one of them changed.
    ///
    /// - Complexity: O(1) when cached (plus comparing the landscape, O(A + T)); otherwise the
    ///   layout (pinned: routing the ties only) and O(n) for n bytes of SVG.
    func map(
        of landscape: Landscape, in language: Language, on day: CalendarDay? = nil, ego: DiagramOptions.Ego? = nil, group: String? = nil
    ) async -> Drawn {
        let key = Key(landscape: landscape, language: language, day: day, ego: ego, group: group)
        if let cached, cached.key == key { return cached.drawn }
        let drawn = if let group, ego == nil {
            await self.group(group, of: landscape, options: DiagramOptions(language: language, day: day), in: language)
        } else {
            await draw(landscape, in: language, on: day, ego: ego)
        }
        cached = (key, drawn)
        return drawn
    }

    /// Lays the next map out anew, forgetting where the actors stood.
    func forgetLayout() async {
        cached = nil
        await layouts.save(nil)
    }

    /// Above this many actors (on the day shown) the map is the overview: one node per
    /// municipality, the ties between them bundled (`DiagramBuilder.overview`), laid out in a
    /// moment where every actor's place would take many seconds; an ego view still shows actors.
    static let overviewLimit = 400

    private func draw(_ landscape: Landscape, in language: Language, on day: CalendarDay?, ego: DiagramOptions.Ego?) async -> Drawn {
        let options = DiagramOptions(ego: ego, language: language, day: day)
        if ego == nil, Self.isOverview(landscape, on: day) {
            return await overview(landscape, options: options, in: language)
        }
        var diagram: Diagram
        do {
            diagram = try DiagramBuilder().build(landscape, options: Drawing.options(DiagramRequest(options: options), on: landscape))
        } catch {
            return .failed(error.description)
        }
        var kept = await layouts.load()
        // Only the whole map sets the places: a day's or an ego view's drawing, pinned to a layout
        // it would set itself, would leave every other actor in a row below when it comes back.
        if kept == nil && (day != nil || ego != nil) {
            _ = await draw(landscape, in: language, on: nil, ego: nil)
            kept = await layouts.load()
        }
        if let kept { diagram = diagram.pinned(to: kept) }
        let rendering: Rendering
        switch await Self.render(diagram, with: renderer) {
        case .success(let done): rendering = done
        case .failure(let error): return .failed("\(error)")
        }
        if let layout = rendering.layout {
            // A day or an ego view shows some actors only: the others keep their places.
            var merged = kept ?? layout
            merged.actors.merge(layout.actors) { _, new in new }
            if merged != kept { await layouts.save(merged) }
        }
        let svg = Self.namingTies(rendering.data, of: landscape)
        let caption = language.servePagesWording.mapCaption(title: landscape.title ?? language.servePagesWording.untitled)
        guard let node = Node.embeddedSVG(svg, idPrefix: "", caption: caption) else { return .failed("SVG") }
        return .map(node)
    }

    /// Whether the map of `landscape` (on `day`) is the overview, whose nodes are groups.
    static func isOverview(_ landscape: Landscape, on day: CalendarDay?) -> Bool {
        (day.map { landscape.active(on: $0) } ?? landscape).actors.count > overviewLimit
    }

    /// One group of the overview (a municipality) with its actors, as the overview's click on it
    /// opens it; laid out anew, without kept places (its actors stand elsewhere on no other map).
    private func group(_ name: String, of landscape: Landscape, options: DiagramOptions, in language: Language) async -> Drawn {
        let shown = options.day.map { landscape.active(on: $0) } ?? landscape
        let diagram: Diagram
        do {
            diagram = try DiagramBuilder().group(name, of: shown, options: options)
        } catch {
            return .failed(error.description)
        }
        switch await Self.render(diagram, with: renderer) {
        case .success(let rendering):
            let svg = Self.namingTies(rendering.data, of: shown)
            let caption = language.servePagesWording.mapCaption(title: name)
            guard let node = Node.embeddedSVG(svg, idPrefix: "", caption: caption) else { return .failed("SVG") }
            return .map(node)
        case .failure(let error):
            return .failed("\(error)")
        }
    }

    /// The overview of a large landscape, without kept places (its nodes are groups, not actors).
    ///
    /// - Complexity: O(A log A + T log T) for A actors and T ties, plus the layout of the groups.
    private func overview(_ landscape: Landscape, options: DiagramOptions, in language: Language) async -> Drawn {
        let diagram: Diagram
        do {
            diagram = try DiagramBuilder().overview(landscape, options: options, threshold: Self.overviewLimit)
        } catch {
            return .failed(error.description)
        }
        switch await Self.render(diagram, with: renderer) {
        case .success(let rendering):
            let caption = language.servePagesWording.mapCaption(title: landscape.title ?? language.servePagesWording.untitled)
            guard let node = Node.embeddedSVG(rendering.data, idPrefix: "", caption: caption) else { return .failed("SVG") }
            return .map(node)
        case .failure(let error):
            return .failed("\(error)")
        }
    }

    /// Renders on a thread of its own: the renderer waits for its child process.
    private static func render(_ diagram: Diagram, with renderer: any DiagramRenderer) async -> Result<Rendering, RenderError> {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                do throws(RenderError) {
                    continuation.resume(returning: .success(try renderer.render(diagram, as: .svg)))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
    }

    /// The SVG with each tie's group named by the tie's id (`tie-t1`) instead of its position in
    /// the landscape (`tie-0`, as the renderer names it, Graphviz writing the hyphen as `&#45;`);
    /// ties without an id keep the position.
    ///
    /// - Complexity: O(n) for n bytes, on the bytes (a `Regex` over the text of a 300-actor map
    ///   took a tenth of the time of redrawing it).
    static func namingTies(_ svg: Data, of landscape: Landscape) -> Data {
        ByteReplacing.replacing(Array(#"id="tie"#.utf8), in: svg) { after in
            guard let (index, length) = tiePosition(after), landscape.ties.indices.contains(index),
                let id = landscape.ties[index].id
            else { return nil }
            return (Array(("id=\"" + SafeIdentifier.make("tie-", id.rawValue) + "\"").utf8), length)
        }
    }

    /// The position in `-12"` or `&#45;12"` at the start of `bytes`, and the length of it all
    /// with the closing quote; nil for anything else.
    private static func tiePosition(_ bytes: UnsafeRawBufferPointer) -> (Int, Int)? {
        let hyphen: [UInt8] = bytes.first == UInt8(ascii: "-") ? [UInt8(ascii: "-")] : Array("&#45;".utf8)
        guard bytes.count > hyphen.count, bytes.prefix(hyphen.count).elementsEqual(hyphen) else { return nil }
        var index = 0
        var offset = hyphen.count
        while offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]), offset - hyphen.count < 18 {
            index = index * 10 + Int(bytes[offset] - UInt8(ascii: "0"))
            offset += 1
        }
        guard offset > hyphen.count, offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { return nil }
        return (index, offset + 1)
    }
}

/// Where the map's layout is kept between drawings (and restarts): the store, or memory in tests.
protocol LayoutKeeping: Sendable {
    func load() async -> DiagramLayout?
    func save(_ layout: DiagramLayout?) async
}

/// A layout kept in the store (`map_layouts`), as JSON: the map keeps its shape across restarts.
/// A store that fails to keep it costs only the shape, never the page.
struct StoredLayout: LayoutKeeping {
    let store: LandscapeStore

    func load() async -> DiagramLayout? {
        guard let text = try? await store.mapLayout() else { return nil }
        return try? JSONDecoder().decode(DiagramLayout.self, from: Data(text.utf8))
    }

    func save(_ layout: DiagramLayout?) async {
        let text = layout.flatMap { try? JSONEncoder().encode($0) }.map { String(decoding: $0, as: UTF8.self) }
        try? await store.saveMapLayout(text)
    }
}
