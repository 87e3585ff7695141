import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import LandscapeServer
import LandscapeStore
import Testing

/// A share link that is revoked or expired on a server with accounts: it says so (404), instead
/// of asking its reader, who has no account, to sign in.
@Suite("landscape serve: a share link that no longer holds")
struct ShareLinkGoneTests {
    static let gone = "Dieser Freigabelink ist abgelaufen oder wurde zurückgezogen. Bitten Sie die Person, die ihn geschickt hat, um einen neuen, oder melden Sie sich mit Ihrem Konto an."

    @Test("A share link's path the site did not resolve is 404 with a sentence: the API's as JSON, a page's above the sign-in form")
    func gone() async throws {
        try await AccessTests().withClient { client, store, _ in
            let before = try await WriteRouteTests.snapshot(store)
            let token = String(repeating: "ab", count: 32)
            try await client.execute(uri: "/s/\(token)/api/actors", method: .get, headers: AccessTests.headers(nil)) { response in
                #expect(response.status == .notFound)
                let messages = try ServerTests.messages(response)
                #expect(messages == [Self.gone])
            }
            let html: HTTPFields = [.accept: "text/html"]
            let page = try await client.execute(uri: "/s/\(token)/", method: .get, headers: html) { response in
                #expect(response.status == .notFound)
                return String(buffer: response.body)
            }
            #expect(page.contains(Self.gone))
            #expect(page.contains(#"<form class="record" method="post" action="/login">"#))
            #expect(page.contains(#"name="next" value="/""#), "signing in from there leads to the map, not to the dead link")
            // A change through it is refused as well, and changes nothing.
            try await client.execute(uri: "/s/\(token)/api/actors", method: .post, headers: AccessTests.headers(nil),
                                     body: ByteBuffer(string: #"{"id": "x", "name": "X", "kind": "association"}"#)) { response in
                #expect(response.status == .notFound)
            }
            #expect(try await WriteRouteTests.snapshot(store) == before)
            // A signed-in reader's own pages are not taken for one.
            try await client.execute(uri: "/api/actors", method: .get, headers: AccessTests.headers("rita")) { #expect($0.status == .ok) }
        }
    }
}
