import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LandscapeCore
import LandscapeServer
import LandscapeStore
import Testing

/// The forms that add and edit actors and ties: checked with `check`'s rules and words, the
/// messages at their fields, what was typed kept, nothing stored when refused.
@Suite("landscape serve: forms, without a socket")
struct FormTests {
    static func post(_ client: any TestClientProtocol, _ uri: String, _ fields: [(String, String)]) async throws -> (HTTPResponse.Status, String, String?) {
        let body = ([("csrf_token", "t")] + fields).map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
        }.joined(separator: "&")
        return try await ListAndHistoryPageTests.post(client, uri, body)
    }

    @Test("A new actor from the form is stored and opens on the map; the form carries the token")
    func addActor() async throws {
        try await PageTests().withClient { client, store in
            let (_, form) = try await PageTests.page(client, "/actors/new")
            #expect(form.contains(#"name="csrf_token" value="t""#))
            let (status, _, location) = try await Self.post(client, "/actors", [
                ("id", "neue-kita"), ("name", "Kita Sonnenschein"), ("kind", "institution"), ("sectors", "early-childhood"),
                ("sectors", "school"), ("topics", "Sprache, Bewegung"), ("since", "2020"),
            ])
            #expect(status == .seeOther)
            #expect(location == "/?actor=neue-kita")
            let actor = try #require(try await store.actor(ActorID("neue-kita"))?.actor)
            #expect(actor.sectors == [.earlyChildhood, .school])
            #expect(actor.topics == ["Sprache", "Bewegung"])
            let (_, map) = try await PageTests.page(client, "/?actor=neue-kita")
            #expect(map.contains(#"id="actor-neue-kita""#))
        }
    }

    @Test("A refused actor: check's message at the field, what was typed kept, nothing stored (422)")
    func refusedActor() async throws {
        try await PageTests().withClient { client, store in
            let before = try await store.actors().count
            let (status, html, _) = try await Self.post(client, "/actors", [("id", "x"), ("name", "Träger <X>"), ("kind", "bücherei")])
            #expect(status == .unprocessableContent)
            #expect(html.contains(#"id="error-kind""#))
            #expect(html.contains(#"value="Träger &lt;X&gt;""#))
            #expect(try await store.actors().count == before)
            let (duplicate, again, _) = try await Self.post(client, "/actors", [("id", "weimar-vhs"), ("name", "VHS"), ("kind", "institution")])
            #expect(duplicate == .unprocessableContent)
            #expect(again.contains(#"id="error-id""#))
        }
    }

    @Test("An edit on an old version is refused (409) and changes nothing; on the current one it is stored")
    func editActor() async throws {
        try await PageTests().withClient { client, store in
            let stored = try #require(try await store.actor(ActorID("weimar-vhs")))
            let (_, form) = try await PageTests.page(client, "/actors/weimar-vhs/edit")
            #expect(form.contains(#"name="version" value="\#(stored.version)""#))
            var fields = [("name", "VHS Weimar"), ("kind", "institution"), ("version", String(stored.version))]
            let (status, _, _) = try await Self.post(client, "/actors/weimar-vhs", fields)
            #expect(status == .seeOther)
            #expect(try await store.actor(ActorID("weimar-vhs"))?.actor.name == "VHS Weimar")
            fields[0] = ("name", "Noch einmal")
            let (stale, _, _) = try await Self.post(client, "/actors/weimar-vhs", fields)
            #expect(stale == .conflict)
            #expect(try await store.actor(ActorID("weimar-vhs"))?.actor.name == "VHS Weimar")
        }
    }

    @Test("A new tie from the form; an end that names no actor is refused at its field")
    func addTie() async throws {
        try await PageTests().withClient { client, store in
            let before = try await store.ties().count
            let (refused, html, _) = try await Self.post(client, "/ties", [("from", "weimar-vhs"), ("to", "niemand"), ("kind", "cooperation")])
            #expect(refused == .unprocessableContent)
            #expect(html.contains(#"id="error-to""#))
            let (status, _, _) = try await Self.post(client, "/ties", [("from", "weimar-vhs"), ("to", "weimar-stadtverwaltung"), ("kind", "cooperation")])
            #expect(status == .seeOther)
            #expect(try await store.ties().count == before + 1)
        }
    }

    @Test("A form's problem calls the field by its label in the page's language (»Seit«, or 'Since' with ?lang=en)")
    func labelledProblem() async throws {
        try await PageTests().withClient { client, _ in
            let fields = [("id", "neu"), ("name", "Neu"), ("kind", "office"), ("since", "im Frühjahr")]
            let (status, html, _) = try await Self.post(client, "/actors", fields)
            #expect(status == .unprocessableContent)
            #expect(html.contains("in »Seit«"))
            #expect(!html.contains("»since«"))
            let (_, english, _) = try await Self.post(client, "/actors?lang=en", fields)
            #expect(english.contains("in 'Since'"))
        }
    }

    @Test("A tie's form shows it at its version; a change is stored, a stale one refused (409), a delete removes it")
    func editAndDeleteTie() async throws {
        try await PageTests().withClient { client, store in
            let stored = try #require(try await store.tie(TieID("t1")))
            let (_, form) = try await PageTests.page(client, "/ties/t1/edit")
            #expect(form.contains(#"name="version" value="1""#))
            #expect(form.contains(#"action="/ties/t1/delete""#))
            var fields = [("from", stored.tie.from.rawValue), ("to", stored.tie.to.rawValue), ("kind", "steering"), ("weight", "2"), ("version", "1")]
            let (status, _, _) = try await Self.post(client, "/ties/t1", fields)
            #expect(status == .seeOther)
            #expect(try await store.tie(TieID("t1"))?.tie.weight == 2)
            fields[3] = ("weight", "3")
            let (stale, _, _) = try await Self.post(client, "/ties/t1", fields)
            #expect(stale == .conflict)
            #expect(try await store.tie(TieID("t1"))?.tie.weight == 2)
            let (deleted, _, location) = try await Self.post(client, "/ties/t1/delete", [("version", "2")])
            #expect(deleted == .seeOther)
            #expect(location == "/ties")
            #expect(try await store.tie(TieID("t1")) == nil)
            let (missing, _) = try await PageTests.page(client, "/ties/t1/edit")
            #expect(missing == .notFound)
        }
    }

    @Test("A tie the store holds already is refused at the field »An«, and the form offers both ends picked on the map")
    func repeatedTie() async throws {
        try await PageTests().withClient { client, store in
            let first = try #require(try await store.tie(TieID("t1"))).tie
            let (_, form) = try await PageTests.page(client, "/ties/new?from=\(first.from.rawValue)&to=\(first.to.rawValue)")
            #expect(form.contains(#"<option value="\#(first.to.rawValue)" selected="selected">"#))
            let before = try await store.ties().count
            let (status, html, _) = try await Self.post(client, "/ties", [("from", first.from.rawValue), ("to", first.to.rawValue), ("kind", "steering")])
            #expect(status == .unprocessableContent)
            #expect(html.contains(#"id="error-to""#))
            #expect(html.contains("gibt es schon (»t1«)"))
            #expect(try await store.ties().count == before)
        }
    }
}
