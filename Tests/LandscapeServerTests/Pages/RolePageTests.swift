import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LandscapeCore
@testable import LandscapeServer
import LandscapeStore
import Testing

/// The pages offer only what the request's role may do: a reader of Weimar (rita) and a share
/// link see no form that changes the landscape and no edit link, an editor (emil) sees them all;
/// a signed-in session gets the sign-out button, a share link none. Over the accounts of
/// `AccessTests` (Weimar, accounts required).
@Suite("landscape serve: pages by role")
struct RolePageTests {
    /// Every page a reader can open, with an actor's panel on the map and on its own page.
    static let pages = ["/", "/?actor=weimar-vhs", "/actors/weimar-vhs", "/actors/weimar-vhs?part=panel", "/actors", "/ties",
                        "/analysis", "/history", "/transfer"]
    /// What only a page that may change the landscape offers.
    static let editMarks = ["/edit\"", "data-pick=", "href=\"/actors/new\"", "href=\"/ties/new\"", "action=\"/arrange\"",
                            "action=\"/suggestions/accept\"", "action=\"/suggestions/dismiss\"", "/undo\"", "enctype=\"multipart/form-data\""]

    static func page(_ client: any TestClientProtocol, _ uri: String, as account: String?, shared: Bool = false) async throws -> (HTTPResponse.Status, String) {
        var headers = AccessTests.headers(account)
        headers[.accept] = "text/html"
        if shared { headers[.landscapeShare] = LandscapeStore.defaultLandscape }
        return try await client.execute(uri: uri, method: .get, headers: headers) { ($0.status, String(buffer: $0.body)) }
    }

    /// The number of forms that post in `html`.
    static func posts(_ html: String) -> Int { html.components(separatedBy: #"method="post""#).count - 1 }

    @Test("A reader's pages hold no form or link that changes the landscape, only the sign-out; the forms' pages say why they have none")
    func reader() async throws {
        try await AccessTests().withClient { client, _, _ in
            for uri in Self.pages {
                let (status, html) = try await Self.page(client, uri, as: "rita")
                #expect(status == .ok, "\(uri)")
                for mark in Self.editMarks { #expect(!html.contains(mark), "\(uri) offers \(mark)") }
                if uri.hasSuffix("part=panel") { continue }
                #expect(Self.posts(html) == 1, "\(uri): only the sign-out posts")
                #expect(html.contains(#"action="/logout""#), "\(uri)")
                #expect(html.contains(">Abmelden</button>"), "\(uri)")
                #expect(html.contains(">Nur lesen</span>"), "\(uri)")
            }
            for uri in ["/actors/new", "/actors/weimar-vhs/edit", "/ties/new?from=weimar-vhs", "/ties/t1/edit"] {
                let (status, html) = try await Self.page(client, uri, as: "rita")
                #expect(status == .ok, "\(uri)")
                #expect(html.contains("nur ansehen"), "\(uri)")
                #expect(!html.contains(#"name="version""#), "\(uri)")
            }
        }
    }

    @Test("Through a share link no page posts anything, not even a sign-out")
    func shareLink() async throws {
        try await AccessTests().withClient { client, _, _ in
            for uri in Self.pages {
                let (status, html) = try await Self.page(client, uri, as: nil, shared: true)
                #expect(status == .ok, "\(uri)")
                for mark in Self.editMarks { #expect(!html.contains(mark), "\(uri) offers \(mark)") }
                #expect(Self.posts(html) == 0, "\(uri)")
            }
            let (_, html) = try await Self.page(client, "/actors/new", as: nil, shared: true)
            #expect(html.contains("nur ansehen") && Self.posts(html) == 0)
        }
    }

    @Test("An editor's pages offer every change, and the sign-out titled with the account")
    func editor() async throws {
        try await AccessTests().withClient { client, _, _ in
            // A change the history offers to undo (the first import is not offered).
            try await client.execute(uri: "/api/actors/weimar-vhs", method: .patch, headers: AccessTests.headers("emil"),
                                     body: ByteBuffer(string: #"{"note": "geprüft"}"#)) { #expect($0.status == .ok) }
            var all = ""
            for uri in Self.pages {
                let (status, html) = try await Self.page(client, uri, as: "emil")
                #expect(status == .ok, "\(uri)")
                #expect(!html.contains(">Nur lesen</span>"), "\(uri)")
                if !uri.hasSuffix("part=panel") { #expect(html.contains(#"title="Angemeldet als emil""#), "\(uri)") }
                all += html
            }
            for mark in Self.editMarks { #expect(all.contains(mark), "no page offers \(mark)") }
            for uri in ["/actors/new", "/actors/weimar-vhs/edit", "/ties/new?from=weimar-vhs", "/ties/t1/edit"] {
                let (status, html) = try await Self.page(client, uri, as: "emil")
                #expect(status == .ok, "\(uri)")
                #expect(html.contains(#"method="post""#), "\(uri)")
            }
        }
    }

    @Test("Without accounts every page may change the landscape and no page offers a sign-out")
    func noAccounts() async throws {
        try await PageTests().withClient { client, _ in
            let (_, html) = try await PageTests.page(client, "/?actor=weimar-vhs")
            #expect(html.contains("data-pick="))
            #expect(html.contains(#"action="/arrange""#))
            #expect(!html.contains(#"action="/logout""#))
            #expect(!html.contains("Nur lesen"))
        }
    }

    @Test("A page kept for an editor is never a reader's, nor the reader's ETag the editor's")
    func keptByRole() async throws {
        try await AccessTests().withClient { client, _, _ in
            var tags: [String: String] = [:]
            for account in ["emil", "rita", "emil", "rita"] {
                var headers = AccessTests.headers(account)
                headers[.accept] = "text/html"
                let html = try await client.execute(uri: "/", method: .get, headers: headers) { response in
                    tags[account] = response.headers[.eTag]
                    return String(buffer: response.body)
                }
                #expect(html.contains(#"action="/arrange""#) == (account == "emil"), "\(account)")
            }
            #expect(tags["emil"] != nil && tags["emil"] != tags["rita"])
            var headers = AccessTests.headers("rita")
            headers[.ifNoneMatch] = tags["emil"]
            try await client.execute(uri: "/", method: .get, headers: headers) { #expect($0.status == .ok) }
        }
    }
}
