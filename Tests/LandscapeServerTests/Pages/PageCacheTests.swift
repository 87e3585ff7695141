import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LandscapeCore
import LandscapeIO
@testable import LandscapeServer
import LandscapeStore
import Testing

/// The pages that only read are kept until the landscape changes and answer `If-None-Match`
/// with 304; ids with a space or an umlaut work in every path that names them. Over Weimar
/// (German), the map drawn by `FakeRenderer`, without accounts; the CSRF token is `t`.
@Suite("landscape serve: kept pages and ids in paths, without a socket")
struct PageCacheTests {
    static let csrf = HTTPField.Name("X-CSRF-Token")!

    static func get(_ client: any TestClientProtocol, _ uri: String, etag: String? = nil) async throws -> (HTTPResponse.Status, HTTPFields, String) {
        var headers: HTTPFields = [:]
        if let etag { headers[.ifNoneMatch] = etag }
        return try await client.execute(uri: uri, method: .get, headers: headers) { ($0.status, $0.headers, String(buffer: $0.body)) }
    }

    @Test("A page carries an ETag and answers 304 to it while the landscape is unchanged; an edit or a new layout gives a new page")
    func etags() async throws {
        try await PageTests().withClient { client, _ in
            let (status, headers, html) = try await Self.get(client, "/")
            #expect(status == .ok)
            let etag = try #require(headers[.eTag])
            #expect(headers[.cacheControl] == "private, no-cache")
            let (again, againHeaders, empty) = try await Self.get(client, "/", etag: etag)
            #expect(again == .notModified)
            #expect(againHeaders[.eTag] == etag)
            #expect(empty.isEmpty)
            // The kept bytes are the page's.
            let (_, keptHeaders, kept) = try await Self.get(client, "/")
            #expect(kept == html)
            #expect(keptHeaders[.eTag] == etag)
            // Another query, language or page is another ETag.
            for uri in ["/?lang=en", "/?actor=weimar-vhs", "/actors", "/history"] {
                let (other, otherHeaders, _) = try await Self.get(client, uri, etag: etag)
                #expect(other == .ok, "\(uri)")
                #expect(otherHeaders[.eTag] != etag, "\(uri)")
            }
            // The API's answers are never kept.
            let (_, api, _) = try await Self.get(client, "/api/actors")
            #expect(api[.eTag] == nil && api[.cacheControl] == "no-store")

            try await client.execute(uri: "/api/actors/weimar-vhs", method: .patch,
                                     headers: [Self.csrf: "t", .contentType: "application/json", .ifMatch: "\"1\""],
                                     body: ByteBuffer(string: #"{"name": "VHS Weimar (neu)"}"#)) { #expect($0.status == .ok) }
            let (edited, editedHeaders, changed) = try await Self.get(client, "/", etag: etag)
            #expect(edited == .ok)
            #expect(changed.contains("VHS Weimar (neu)"))
            let newer = try #require(editedHeaders[.eTag])
            #expect(newer != etag)

            try await client.execute(uri: "/arrange", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "csrf_token=t")) { #expect($0.status == .seeOther) }
            let (arranged, arrangedHeaders, _) = try await Self.get(client, "/", etag: newer)
            #expect(arranged == .ok)
            #expect(arrangedHeaders[.eTag] != newer)
        }
    }

    @Test("A browser that takes gzip gets the page gzipped, under an ETag of its own, which gunzip turns back into the page")
    func gzipped() async throws {
        try await PageTests().withClient { client, _ in
            let (_, plainHeaders, plain) = try await Self.get(client, "/")
            let (status, headers, bytes) = try await client.execute(uri: "/", method: .get, headers: [.acceptEncoding: "gzip, deflate, br"]) {
                ($0.status, $0.headers, Data($0.body.readableBytesView))
            }
            #expect(status == .ok)
            #expect(headers[.contentEncoding] == "gzip")
            #expect(headers[.vary] == "Accept-Encoding")
            let etag = try #require(headers[.eTag])
            #expect(etag != plainHeaders[.eTag] && etag.hasSuffix("-gz\""))
            #expect(bytes.count < plain.utf8.count / 2)
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("page-\(UUID().uuidString).gz")
            try bytes.write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let gunzip = Process()
            gunzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
            gunzip.arguments = ["-dc", file.path]
            let pipe = Pipe()
            gunzip.standardOutput = pipe
            try gunzip.run()
            let unpacked = pipe.fileHandleForReading.readDataToEndOfFile()
            gunzip.waitUntilExit()
            #expect(gunzip.terminationStatus == 0)
            #expect(String(decoding: unpacked, as: UTF8.self) == plain)
            // Its ETag is answered with 304 as well; a browser that refuses gzip gets the page as it is.
            try await client.execute(uri: "/", method: .get, headers: [.acceptEncoding: "gzip", .ifNoneMatch: etag]) {
                #expect($0.status == .notModified)
            }
            try await client.execute(uri: "/", method: .get, headers: [.acceptEncoding: "gzip;q=0, identity"]) {
                #expect($0.headers[.contentEncoding] == nil)
            }
        }
    }

    @Test("If-None-Match takes a list, weak tags and *")
    func matching() {
        #expect(PageCache.matches(#""a", "b""#, #""b""#))
        #expect(PageCache.matches(#"W/"b""#, #""b""#))
        #expect(PageCache.matches("*", #""b""#))
        #expect(!PageCache.matches(#""a""#, #""b""#))
        #expect(!PageCache.matches(nil, #""b""#))
    }

    /// Two actors whose ids are their names: one with a space and an umlaut, one with a slash-free `+`.
    static func umlauts() throws -> Landscape {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("umlauts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("umlaute.yaml")
        try """
        title: Grünau
        language: de
        actors:
          - name: Schule Grünau
            kind: institution
            municipality: Grünau
          - name: Jugend+Kultur e.V.
            kind: association
            municipality: Grünau
        ties:
          - id: Schule–Verein
            from: Schule Grünau
            to: Jugend+Kultur e.V.
            kind: cooperation
        """.write(to: file, atomically: true, encoding: .utf8)
        return LandscapeLoader().load([file.path]).landscape
    }

    @Test("An id with a space, an umlaut or a plus sign works in the pages' and the API's paths, percent-encoded")
    func encodedIDs() async throws {
        let landscape = try Self.umlauts()
        #expect(landscape.contains(ActorID("Schule Grünau")))
        try await PageTests().withClient(landscape) { client, store in
            let school = PageContext.actorPath(ActorID("Schule Grünau"))
            #expect(school == "/actors/Schule%20Gr%C3%BCnau")
            for uri in [school, school + "?part=panel", school + "/edit", "/actors/Jugend%2BKultur%20e.V./edit", "/ties/Schule%E2%80%93Verein/edit",
                        "/api/actors/Schule%20Gr%C3%BCnau", "/api/ties/Schule%E2%80%93Verein"] {
                let (status, _, body) = try await Self.get(client, uri)
                #expect(status == .ok, "\(uri)")
                #expect(body.contains("Grünau"), "\(uri)")
            }
            try await client.execute(uri: "/api/actors/Schule%20Gr%C3%BCnau", method: .patch,
                                     headers: [Self.csrf: "t", .contentType: "application/json", .ifMatch: "\"1\""],
                                     body: ByteBuffer(string: #"{"note": "geändert"}"#)) { #expect($0.status == .ok) }
            #expect(try await store.actor(ActorID("Schule Grünau"))?.actor.note == "geändert")
            // The panel's links name the actor percent-encoded, and lead to it.
            let (_, _, panel) = try await Self.get(client, school)
            #expect(panel.contains(#"href="/actors/Schule%20Gr%C3%BCnau/edit""#))
        }
    }

    @Test("Above 400 actors the overview's municipalities open alone: each is listed and indexed with its link, and its map shows its actors")
    func overviewGroups() async throws {
        let towns = ["Altdorf", "Bergen", "Cölln"]
        let actors = (0..<402).map { number in
            Actor(id: ActorID("a\(number)"), name: "Akteur \(number)", kind: .institution, municipality: towns[number % towns.count])
        }
        let ties = (1..<402).map { Tie(from: ActorID("a\($0 - 1)"), to: ActorID("a\($0)")) }
        let landscape = Landscape(title: "Groß", language: .de, actors: actors, ties: ties)
        let renderer = FakeRenderer()
        try await PageTests().withClient(landscape, renderer: renderer) { client, _ in
            let (_, _, overview) = try await Self.get(client, "/")
            #expect(overview.contains("Klicken Sie auf eine Kommune"))
            #expect(!overview.contains(#"action="/arrange""#))
            #expect(overview.contains(#"<li data-group="group-C"#))
            #expect(overview.contains(#"<a href="/?group=C%C3%B6lln">Cölln</a>"#))
            let (status, _, cologne) = try await Self.get(client, "/?group=C%C3%B6lln")
            #expect(status == .ok)
            #expect(cologne.contains("Akteure der Kommune »Cölln«."))
            #expect(cologne.contains(#"id="actor-a2""#))
            #expect(!cologne.contains(#"id="actor-a1""#))
            #expect(cologne.contains(#"name="group" value="Cölln""#))
        }
    }
}
