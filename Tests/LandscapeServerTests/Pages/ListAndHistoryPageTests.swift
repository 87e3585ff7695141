import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LandscapeCore
import LandscapeServer
import LandscapeStore
import Testing

/// The tables of actors and ties, the analysis page, the history with its undo, and the CSRF
/// token a page's form carries as a field.
@Suite("landscape serve: tables, analysis, history and forms, without a socket")
struct ListAndHistoryPageTests {
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    static func post(_ client: any TestClientProtocol, _ uri: String, _ body: String) async throws -> (HTTPResponse.Status, String, String?) {
        try await client.execute(uri: uri, method: .post, headers: form, body: ByteBuffer(string: body)) { response in
            (response.status, String(buffer: response.body), response.headers[.location])
        }
    }

    @Test("The actors table sorts by a heading (again: the other way) and filters by kind and text")
    func actors() async throws {
        try await PageTests().withClient { client, _ in
            let names = PageTests.weimar.actors.map(\.name).sorted { $0.localizedCaseInsensitiveCompare($1) == .orderedAscending }
            let (_, ascending) = try await PageTests.page(client, "/actors?sort=name")
            let (_, descending) = try await PageTests.page(client, "/actors?sort=name&dir=desc")
            let first = try #require(names.first), last = try #require(names.last)
            #expect(try #require(ascending.range(of: ">\(first)</a>")).lowerBound < #require(ascending.range(of: ">\(last)</a>")).lowerBound)
            #expect(try #require(descending.range(of: ">\(last)</a>")).lowerBound < #require(descending.range(of: ">\(first)</a>")).lowerBound)
            let offices = PageTests.weimar.actors.filter { $0.kind == .office }.count
            let (_, filtered) = try await PageTests.page(client, "/actors?kind=office")
            #expect(filtered.contains("\(offices) von \(PageTests.weimar.actors.count) angezeigt"))
            let (_, none) = try await PageTests.page(client, "/actors?q=zzqqxx")
            #expect(none.contains("Nichts passt zum Filter."))
        }
    }

    @Test("The ties table filters by tie kind")
    func ties() async throws {
        try await PageTests().withClient { client, _ in
            let funding = PageTests.weimar.ties.filter { $0.kind == .funding }.count
            let (status, html) = try await PageTests.page(client, "/ties?kind=funding")
            #expect(status == .ok)
            #expect(html.contains("\(funding) von \(PageTests.weimar.ties.count) angezeigt"))
        }
    }

    @Test("The analysis page: central actors, gaps, suggestions; on a day; a day that is none is said at the field")
    func analysis() async throws {
        try await PageTests().withClient { client, _ in
            let (_, whole) = try await PageTests.page(client, "/analysis")
            #expect(whole.contains("Zentrale Akteure und Vermittler"))
            #expect(whole.contains(#"<section id="gaps">"#))
            let (_, early) = try await PageTests.page(client, "/analysis?at=2017")
            let before = PageTests.weimar.active(on: try #require(CalendarDay(year: 2017, month: 1, day: 1)))
            #expect(early.contains("\(before.actors.count) Akteure"))
            let (_, bad) = try await PageTests.page(client, "/analysis?at=gestern")
            #expect(bad.contains("»gestern« ist kein Datum"))
            let vhs = "weimar-vhs"
            let (_, whatIf) = try await PageTests.page(client, "/analysis?remove=\(vhs)")
            #expect(whatIf.contains("class=\"list whatif\""))
        }
    }

    @Test("A form's POST passes with the token as its field csrf_token and is refused (403) without it or with another")
    func formToken() async throws {
        try await PageTests().withClient { client, _ in
            let (passed, _, location) = try await Self.post(client, "/arrange", "csrf_token=t")
            #expect(passed == .seeOther)
            #expect(location == "/")
            #expect(try await Self.post(client, "/arrange", "").0 == .forbidden)
            #expect(try await Self.post(client, "/arrange", "csrf_token=wrong").0 == .forbidden)
        }
    }

    @Test("History: an edit is listed with its fields old → new and undone by its button; undone twice is refused, nothing changed")
    func undo() async throws {
        try await PageTests().withClient { client, store in
            let stored = try #require(try await store.actor(ActorID("weimar-vhs")))
            var changed = stored.actor
            changed.municipality = "Erfurt"
            _ = try await store.updateActor(changed, expectedVersion: stored.version)
            let (_, listed) = try await PageTests.page(client, "/history")
            #expect(listed.contains("Akteur »Volkshochschule Weimar« geändert"))
            // The field is called as its form calls it (»Kommune«), not by its key.
            #expect(listed.contains("Kommune: Weimar → Erfurt"))
            #expect(!listed.contains(#"action="/history/1/undo""#), "the import is not offered for undo")
            let (status, _, location) = try await Self.post(client, "/history/2/undo", "csrf_token=t")
            #expect(status == .seeOther)
            #expect(location == "/history?undone=2")
            #expect(try await store.actor(ActorID("weimar-vhs"))?.actor.municipality == "Weimar")
            let (_, after) = try await PageTests.page(client, "/history?undone=2")
            #expect(after.contains("Änderung 2 ist rückgängig gemacht (als Änderung 3)."))
            let (again, text, _) = try await Self.post(client, "/history/2/undo", "csrf_token=t")
            #expect(again == .notFound)
            #expect(text.contains(#"class="error notice""#))
        }
    }
}
