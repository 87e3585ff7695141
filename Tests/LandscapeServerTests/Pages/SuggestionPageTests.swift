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
