import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LandscapeCore
import LandscapeServer
import LandscapeStore
import Testing

/// The import and export page: an upload is compared with the store in the words of
/// `landscape diff`, then merged or replaces the landscape as one change the history can undo.
@Suite("landscape serve: import and export page, without a socket")
struct TransferPageTests {
    static let boundary = "----landscape-test-boundary"

    /// A `multipart/form-data` body with the token and the files (name, text).
    static func upload(_ files: [(String, String)], token: String = "t") -> ByteBuffer {
        var body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n\(token)\r\n"
        for (name, text) in files {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\n"
            body += "Content-Type: application/octet-stream\r\n\r\n\(text)\r\n"
        }
        return ByteBuffer(string: body + "--\(boundary)--\r\n")
    }

    static func post(_ client: any TestClientProtocol, _ files: [(String, String)], token: String = "t") async throws -> (HTTPResponse.Status, String) {
        let headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
        return try await client.execute(uri: "/transfer", method: .post, headers: headers, body: upload(files, token: token)) { response in
            (response.status, String(buffer: response.body))
        }
    }

    /// graphs/weimar.yaml with one more actor, a youth club.
    static var weimarWithClub: String {
        get throws {
            let text = try String(contentsOf: PageTests.repository.appendingPathComponent("graphs/weimar.yaml"), encoding: .utf8)
            return text.replacingOccurrences(of: "\nactors:\n", with: "\nactors:\n  - id: jugendclub-nord\n    name: Jugendclub Nord\n    kind: association\n")
        }
    }

    /// The pending upload's token in the form that applies it with `mode`.
    static func action(_ html: String) -> String? {
        html.firstMatch(of: /action="\/transfer\/([0-9a-f]+)"/).map { String($0.1) }
    }

    @Test("The page offers the upload and a download of every one-file format")
    func page() async throws {
        try await PageTests().withClient { client, _ in
            let (status, html) = try await PageTests.page(client, "/transfer")
            #expect(status == .ok)
            #expect(html.contains(#"enctype="multipart/form-data""#))
            for format in ["yaml", "json", "graphml", "gexf", "xlsx"] { #expect(html.contains(#"href="/export.\#(format)""#)) }
        }
    }

    @Test("An upload is compared in diff's words; merging it is one change, offered for undo, and undone")
    func mergeAndUndo() async throws {
        try await PageTests().withClient { client, store in
            let (status, html) = try await Self.post(client, [("weimar-neu.yaml", try Self.weimarWithClub)])
            #expect(status == .ok)
            #expect(html.contains("Jugendclub Nord"))
            #expect(html.contains("Datenbank"))
            #expect(html.contains("weimar-neu.yaml"))
            let pending = try #require(Self.action(html))
            let before = try await store.history().count
            let (merged, _, location) = try await ListAndHistoryPageTests.post(client, "/transfer/\(pending)", "csrf_token=t&mode=merge")
            #expect(merged == .seeOther)
            #expect(location == "/history")
            #expect(try await store.actor(ActorID("jugendclub-nord")) != nil)
            #expect(try await store.actors().count == PageTests.weimar.actors.count + 1)
            let change = try #require(try await store.history(limit: 1).first)
            #expect(try await store.history().count == before + 1)
            let (_, history) = try await PageTests.page(client, "/history")
            #expect(history.contains(#"action="/history/\#(change.number)/undo""#))
            // Applied once only: the same token again is stale.
            let (again, _, _) = try await ListAndHistoryPageTests.post(client, "/transfer/\(pending)", "csrf_token=t&mode=merge")
            #expect(again == .conflict)
            let (undone, _, _) = try await ListAndHistoryPageTests.post(client, "/history/\(change.number)/undo", "csrf_token=t")
            #expect(undone == .seeOther)
            #expect(try await store.actor(ActorID("jugendclub-nord")) == nil)
            #expect(try await store.actors().count == PageTests.weimar.actors.count)
        }
    }

    @Test("Replacing stores the upload alone; a comparison the store has moved on from is refused (409)")
    func replaceAndStale() async throws {
        try await PageTests().withClient { client, store in
            let small = "title: Klein\nlanguage: de\nactors:\n  - id: a\n    name: A\n    kind: office\n  - id: b\n    name: B\n    kind: school\nties:\n  - from: a\n    to: b\n"
            let (_, stale) = try await Self.post(client, [("klein.yaml", small.replacingOccurrences(of: "school", with: "institution"))])
            let old = try #require(Self.action(stale))
            let (_, html) = try await Self.post(client, [("klein.yaml", small.replacingOccurrences(of: "school", with: "institution"))])
            let pending = try #require(Self.action(html))
            let (replaced, _, _) = try await ListAndHistoryPageTests.post(client, "/transfer/\(pending)", "csrf_token=t&mode=replace")
            #expect(replaced == .seeOther)
            #expect(try await store.actors().map(\.actor.id) == [ActorID("a"), ActorID("b")])
            let (refused, _, _) = try await ListAndHistoryPageTests.post(client, "/transfer/\(old)", "csrf_token=t&mode=replace")
            #expect(refused == .conflict)
            #expect(try await store.actors().count == 2)
        }
    }

    @Test("An upload with errors is refused (422) with check's located messages; without the token it is refused (403)")
    func refusals() async throws {
        try await PageTests().withClient { client, store in
            let (status, html) = try await Self.post(client, [("kaputt.yaml", "actors:\n  - id: x\n    name: X\n    kind: bücherei\n")])
            #expect(status == .unprocessableContent)
            #expect(html.contains("kaputt.yaml:4:"))
            #expect(html.contains("unbekannte Akteursart »bücherei«"))
            let (none, _) = try await Self.post(client, [])
            #expect(none == .unprocessableContent)
            let (forbidden, _) = try await Self.post(client, [("weimar.yaml", try Self.weimarWithClub)], token: "falsch")
            #expect(forbidden == .forbidden)
            #expect(try await store.actors().count == PageTests.weimar.actors.count)
        }
    }
}

extension TransferPageTests {
    @Test("An upload over the limit is refused as too large (413), before its token is looked for, nothing changed")
    func tooLarge() async throws {
        try await PageTests().withClient { client, store in
            // 32 MiB of comment, a byte over the limit with the rest of the form.
            let big = "#" + String(repeating: "x", count: 32 << 20) + "\n"
            let (status, body) = try await Self.post(client, [("gross.yaml", big)])
            #expect(status == .contentTooLarge)
            #expect(body.contains("32 MiB"))
            #expect(try await store.actors().count == PageTests.weimar.actors.count)
            #expect(try await store.history().count == 1)
        }
    }
}

extension TransferPageTests {
    @Test("The page links the steering report, which downloads as one HTML file in the page's language")
    func report() async throws {
        try await PageTests().withClient { client, _ in
            let (_, html) = try await PageTests.page(client, "/transfer")
            #expect(html.contains(#"href="/report.html" download="bericht.html""#))
            try await client.execute(uri: "/report.html", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition] == #"attachment; filename="bericht.html""#)
                let body = String(buffer: response.body)
                #expect(body.hasPrefix("<!DOCTYPE html>"))
                #expect(body.contains(#"lang="de""#))
                #expect(body.contains(PageTests.weimar.title ?? "–"))
            }
            let (_, english) = try await PageTests.page(client, "/transfer?lang=en")
            #expect(english.contains(#"href="/report.html?lang=en" download="report.html""#))
        }
    }
}
