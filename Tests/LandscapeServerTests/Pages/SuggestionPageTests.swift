import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LandscapeCore
import LandscapeServer
import LandscapeStore
import Testing

/// Accepting a suggestion: it becomes a planned cooperation tie, which the analyses leave out and
/// which is no longer suggested.
@Suite("landscape serve: accepting suggestions, without a socket")
struct SuggestionPageTests {
    @Test("Accepting a suggestion stores a planned tie; the pair is suggested no more; the tie's form keeps it planned; twice is refused")
    func accept() async throws {
        try await PageTests().withClient { client, store in
            let (_, analysis) = try await PageTests.page(client, "/analysis")
            let match = try #require(analysis.firstMatch(of: /name="from" value="([^"]+)" \/><input type="hidden" name="to" value="([^"]+)"/))
            let from = String(match.1), to = String(match.2)
            let (status, _, location) = try await FormTests.post(client, "/suggestions/accept", [("from", from), ("to", to)])
            #expect(status == .seeOther)
            #expect(location == "/?actor=\(from)")
            let tie = try #require(try await store.ties().last)
            #expect(tie.tie.status == .planned)
            #expect(tie.tie.kind == .cooperation)
            #expect(tie.tie.from == ActorID(from))
            let (_, again) = try await PageTests.page(client, "/analysis")
            #expect(!again.contains(#"name="from" value="\#(from)" /><input type="hidden" name="to" value="\#(to)""#))
            let (_, panel) = try await PageTests.page(client, "/actors/\(from)")
            #expect(panel.contains("Kooperation, geplant"))
            let (_, form) = try await PageTests.page(client, "/ties/\(tie.id.rawValue)/edit")
            #expect(form.contains(#"<option value="planned" selected="selected">geplant</option>"#))
            let (twice, _, _) = try await FormTests.post(client, "/suggestions/accept", [("from", from), ("to", to)])
            #expect(twice == .unprocessableContent)
            #expect(try await store.ties().count == PageTests.weimar.ties.count + 1)
        }
    }
}

/// Dismissing a suggestion with a reason on the analysis page and on the panel.
@Suite("landscape serve: dismissing suggestions on the pages, without a socket")
struct DismissalPageTests {
    /// The first pair the analysis page offers to dismiss.
    static func firstPair(_ client: any TestClientProtocol) async throws -> (from: String, to: String) {
        let (_, analysis) = try await PageTests.page(client, "/analysis")
        let form = try #require(analysis.firstMatch(of: /action="\/suggestions\/dismiss"><input type="hidden" name="csrf_token" value="t" \/><input type="hidden" name="from" value="([^"]+)" \/><input type="hidden" name="to" value="([^"]+)"/))
        return (String(form.1), String(form.2))
    }

    @Test("Without a reason the form is refused (422) and nothing is kept; with one the pair leaves the page and its reason is listed and in the history")
    func dismiss() async throws {
        try await PageTests().withClient { client, store in
            let (from, to) = try await Self.firstPair(client)
            let (refused, page, _) = try await FormTests.post(client, "/suggestions/dismiss", [("from", from), ("to", to), ("reason", " ")])
            #expect(refused == .unprocessableContent)
            #expect(page.contains("Bitte geben Sie einen Grund an"))
            #expect(try await store.dismissals().isEmpty)
            let reason = "Zuständig ist das <Schulamt> & nicht wir"
            let (status, _, location) = try await FormTests.post(client, "/suggestions/dismiss", [("from", from), ("to", to), ("reason", reason)])
            #expect(status == .seeOther)
            let id = [from, to].sorted().joined(separator: "+")
            #expect(location == "/analysis?dismissed=\(id.replacingOccurrences(of: "+", with: "%2B"))#suggestions")
            let (_, after) = try await PageTests.page(client, "/analysis?dismissed=\(id.replacingOccurrences(of: "+", with: "%2B"))")
            let next = try await Self.firstPair(client)
            #expect(next.from != from || next.to != to)
            #expect(after.contains("Verworfene Vorschläge"))
            // The reason is text, never markup.
            #expect(after.contains("Zuständig ist das &lt;Schulamt&gt; &amp; nicht wir"))
            #expect(after.contains("Der Vorschlag ist verworfen"))
            let (_, history) = try await PageTests.page(client, "/history")
            #expect(history.contains("verworfen: Zuständig ist das &lt;Schulamt&gt; &amp; nicht wir"))
        }
    }

    @Test("The panel offers to dismiss its pairs and returns to the panel")
    func fromPanel() async throws {
        try await PageTests().withClient { client, store in
            let (from, to) = try await Self.firstPair(client)
            let (_, panel) = try await PageTests.page(client, "/actors/\(from)")
            #expect(panel.contains(#"<input type="hidden" name="back" value="panel" />"#))
            let (status, _, location) = try await FormTests.post(client, "/suggestions/dismiss", [("from", from), ("to", to), ("reason", "kein Bedarf"), ("back", "panel")])
            #expect(status == .seeOther)
            #expect(location == "/?actor=\(from)")
            #expect(try await store.dismissals().map(\.reason) == ["kein Bedarf"])
        }
    }
}
