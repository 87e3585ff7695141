import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LandscapeCore
import LandscapeIO
import LandscapeRender
import LandscapeServer
import LandscapeStore
import Synchronization
import Testing

/// A renderer that draws nothing: it answers every diagram with a small SVG holding one group per
/// actor (`actor-ID`, as the real renderer names them) and per tie (`tie-N`), puts every actor at
/// a place of its own, and keeps the diagrams it was given.
final class FakeRenderer: DiagramRenderer {
    let received = Mutex<[Diagram]>([])

    func render(_ diagram: Diagram, as format: RenderFormat) throws(RenderError) -> Rendering {
        received.withLock { $0.append(diagram) }
        var svg = #"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><g id="graph0">"#
        var places: [String: Point] = [:]
        for (number, node) in diagram.nodes.enumerated() {
            guard let actor = node.actor else { continue }
            places[actor.rawValue] = Point(x: Double(number) * 10, y: 5)
            svg += #"<g id="\#(SafeIdentifier.make("actor-", actor.rawValue))" class="actor"><ellipse cx="1" cy="1" rx="1" ry="1"/></g>"#
        }
        for edge in diagram.edges { if let tie = edge.tie { svg += #"<g id="tie-\#(tie)" class="tie"><path d="M0,0L1,1"/></g>"# } }
        svg += "</g></svg>"
        return Rendering(data: Data(svg.utf8), messages: [], timing: RenderTiming(layout: 0, output: 0),
                         layout: DiagramLayout(actors: places, drawing: Box(minX: 0, minY: 0, maxX: 100, maxY: 100)))
    }

    var diagrams: [Diagram] { received.withLock { $0 } }
}

/// The pages of `landscape serve` (map, panel, search, assets), sent straight to the router over
/// a database holding Weimar (German), the map drawn by `FakeRenderer`.
@Suite("landscape serve: pages, without a socket")
struct PageTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let weimar = LandscapeLoader().load([repository.appendingPathComponent("graphs/weimar.yaml").path]).landscape
    static let host = HTTPField.Name("Host")!

    /// Runs `body` with a test client over a fresh database holding `landscape`.
    func withClient(
        _ landscape: Landscape = PageTests.weimar, renderer: FakeRenderer = FakeRenderer(),
        _ body: @Sendable (any TestClientProtocol, LandscapeStore) async throws -> Void
    ) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try await LandscapeStore.open(path: folder.appendingPathComponent("landscape.db").path)
        do {
            _ = try await store.importLandscape(landscape)
            let router = APIRouter.router(store: store, security: ServerSecurity(token: "t", port: 8080), language: landscape.language,
                                          renderer: renderer)
            try await Application(router: router).test(.router) { client in try await body(client, store) }
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }

    static func page(_ client: any TestClientProtocol, _ uri: String) async throws -> (HTTPResponse.Status, String) {
        try await client.execute(uri: uri, method: .get) { response in (response.status, String(buffer: response.body)) }
    }

    @Test("The map page embeds the drawing with actor-ID and tie-ID groups, in German, with a switch to English")
    func mapPage() async throws {
        try await withClient { client, store in
            let (status, html) = try await Self.page(client, "/")
            #expect(status == .ok)
            #expect(html.hasPrefix("<!DOCTYPE html>"))
            #expect(html.contains(#"<html lang="de">"#))
            let first = try #require(Self.weimar.actors.first)
            #expect(html.contains(#"id="actor-\#(first.id.rawValue)""#))
            // The store gave Weimar's first tie the id t1 (it has none in the file): the map names it so.
            let firstTie = try #require(try await store.ties().first)
            #expect(firstTie.tie.id == TieID("t1"))
            #expect(html.contains(#"id="tie-t1""#))
            #expect(!html.contains(#"id="tie-0""#))
            #expect(html.contains(">Karte</a>"))
            #expect(html.contains(#"href="/?lang=en""#))
            #expect(!html.contains("<?xml"))
            let (_, english) = try await Self.page(client, "/?lang=en")
            #expect(english.contains(#"<html lang="en">"#))
            #expect(english.contains(">Map</a>"))
            // Links carry the chosen language on.
            #expect(english.contains(#"href="/actors?lang=en""#))
        }
    }

    @Test("Pages load no inline script or style: every script has a src, no element has a style attribute")
    func noInlineCode() async throws {
        try await withClient { client, _ in
            let first = try #require(Self.weimar.actors.first)
            for uri in ["/", "/actors/\(first.id.rawValue)", "/?q=Weimar"] {
                let (_, html) = try await Self.page(client, uri)
                let scripts = html.components(separatedBy: "<script").dropFirst()
                #expect(scripts.allSatisfy { $0.hasPrefix(" src=\"/assets/") }, "\(uri)")
                #expect(!html.contains(" style=\""), "\(uri)")
                #expect(!html.contains("<style"), "\(uri)")
            }
            try await client.execute(uri: "/assets/map.js", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/javascript; charset=utf-8")
                #expect(response.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("script-src 'self'") == true)
            }
            try await client.execute(uri: "/assets/landscape.css", method: .get) { response in
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
            }
        }
    }

    @Test("User text is escaped everywhere: an actor named like markup stays text in the page, the index and the panel")
    func escaping() async throws {
        let name = #"<script>alert("x")</script> & <b>"#
        let landscape = Landscape(title: "<i>Titel</i>", language: .de, actors: [
            Actor(id: ActorID("a"), name: name, kind: .association, note: "<img src=x onerror=alert(1)>"),
            Actor(id: ActorID("b"), name: "Partner", kind: .office),
        ], ties: [Tie(from: ActorID("a"), to: ActorID("b"), kind: .cooperation)])
        try await withClient(landscape) { client, _ in
            for uri in ["/", "/actors/a", "/?actor=a"] {
                let (status, html) = try await Self.page(client, uri)
                #expect(status == .ok)
                #expect(!html.contains("<script>alert"), "\(uri)")
                #expect(!html.contains("<img src=x"), "\(uri)")
                #expect(!html.contains("<i>Titel"), "\(uri)")
                #expect(!html.contains("<b>"), "\(uri)")
            }
            let (_, panel) = try await Self.page(client, "/actors/a")
            #expect(panel.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; &lt;b&gt;"))
            #expect(panel.contains("&lt;img src=x onerror=alert(1)&gt;"))
        }
    }

    @Test("An actor's panel: fields, ties with partners, measures with ranks, its gaps; the fragment for the script; 404 for an unknown id")
    func panel() async throws {
        try await withClient { client, _ in
            let landscape = Self.weimar
            let tie = try #require(landscape.ties.first)
            let actor = try #require(landscape[tie.from])
            let partner = try #require(landscape[tie.to])
            let (status, html) = try await Self.page(client, "/actors/\(actor.id.rawValue)")
            #expect(status == .ok)
            #expect(html.contains("<h2>\(actor.name)</h2>") || html.contains("<h2>"))
            #expect(html.contains(" zu \(partner.name)</a>"))
            #expect(html.contains("Kennzahlen"))
            #expect(html.contains("Rang"))
            #expect(html.contains(#"href="/actors/\#(actor.id.rawValue)""#))
            // The first tie of graphs/weimar.yaml is steering, directed: said with both names.
            #expect(html.contains("von \(actor.name) zu \(partner.name)"))
            #expect(html.contains(#"href="/ties/t1/edit""#))
            #expect(html.contains(#"data-pick="\#(actor.id.rawValue)">Beziehung zu …</a>"#))
            let (_, fragment) = try await Self.page(client, "/actors/\(actor.id.rawValue)?part=panel")
            #expect(fragment.hasPrefix("<div>"))
            #expect(!fragment.contains("<html"))
            let (missing, text) = try await Self.page(client, "/actors/nobody")
            #expect(missing == .notFound)
            #expect(text.contains("Einen Akteur mit der ID »nobody« gibt es nicht."))
        }
    }

    @Test("Search: one match opens its panel, several are listed, none is said")
    func search() async throws {
        try await withClient { client, _ in
            let actor = try #require(Self.weimar.actors.first)
            let (_, one) = try await Self.page(client, "/?q=\(actor.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")")
            #expect(one.contains(#"class="panel-head""#))
            let (_, none) = try await Self.page(client, "/?q=zzzzqq")
            #expect(none.contains("Kein Akteur hat »zzzzqq« im Namen oder in der ID."))
        }
    }

    @Test("The ego view draws the actor and its partners only, in their places, with a link back to the whole map")
    func egoView() async throws {
        let renderer = FakeRenderer()
        try await withClient(renderer: renderer) { client, _ in
            // The ego view first: the whole map is laid out first, so that it sets every actor's place.
            let (status, html) = try await Self.page(client, "/?actor=weimar-vhs&ego=weimar-vhs")
            #expect(renderer.diagrams.count == 2)
            #expect(renderer.diagrams.first?.nodes.count { $0.actor != nil } == Self.weimar.actors.count)
            #expect(status == .ok)
            let ego = try #require(renderer.diagrams.last)
            let partners = Set(Self.weimar.ties.filter { $0.from == ActorID("weimar-vhs") || $0.to == ActorID("weimar-vhs") }
                .flatMap { [$0.from, $0.to] })
            #expect(Set(ego.nodes.compactMap(\.actor)) == partners)
            #expect(ego.nodes.allSatisfy { $0.actor == nil || $0.attributes["pos"] != nil })
            #expect(html.contains(">Ganze Karte zeigen.</a>"))
        }
    }

    @Test("The map keeps its shape: after an actor is added, every actor is pinned where the first drawing put it")
    func keepsShape() async throws {
        let renderer = FakeRenderer()
        try await withClient(renderer: renderer) { client, store in
            _ = try await Self.page(client, "/")
            _ = try await Self.page(client, "/")
            #expect(renderer.diagrams.count == 1, "an unchanged landscape is not drawn again")
            _ = try await store.addActor(Actor(id: ActorID("neu"), name: "Neuer Träger", kind: .association))
            let (_, html) = try await Self.page(client, "/")
            #expect(html.contains(#"id="actor-neu""#))
            let second = try #require(renderer.diagrams.last)
            #expect(renderer.diagrams.count == 2)
            let first = try #require(Self.weimar.actors.first)
            let drawnFirst = try #require(renderer.diagrams.first?.nodes.firstIndex { $0.actor == first.id })
            let node = try #require(second.nodes.first { $0.actor == first.id })
            // FakeRenderer put the actor of node N at (10·N, 5) in the first drawing: pinned there.
            #expect(node.attributes["pos"] == .value("\(Double(drawnFirst) * 10),5.0!"))
        }
    }
}
