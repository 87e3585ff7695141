import Foundation
import HTTPTypes
import Hummingbird
import LandscapeStore
import NIOCore
import Synchronization

/// The pages that only read, kept as the bytes they were answered with until the landscape
/// changes: many readers of one map then cost a look-up each instead of writing its 0.8 MB of
/// markup again (issue 21 point 6: 50 readers of a 300-actor map, p99 < 100 ms).
///
/// An answer is kept per request (its path and query, the landscape's prefix, the role it passed
/// with and the signed-in account: a reader's page offers no change an editor's offers) and per
/// state of the server: the store's history mark (any change, of this server or of another
/// process on the database), a generation this server counts up when the map is laid out anew
/// (`forget()`), and the server's start. The ETag names exactly that, so a browser that sends it
/// back in `If-None-Match` gets `304 Not Modified` without the page being made or sent again.
///
/// The pages carry the server's CSRF token, which is the same for every session of a running
/// server (`ServerSecurity.token`) and new at every start (part of the ETag): a kept page never
/// carries a token another request would not get.
final class PageCache: Sendable {
    /// What an answer is kept under, besides the state of the server.
    struct Key: Hashable {
        var uri: String
        var base: String
        var role: String
        var account: String
    }

    /// A kept answer: its status and type, its ETag and its bytes, and them gzipped once a
    /// browser asked for that.
    struct Entry: Sendable {
        let status: HTTPResponse.Status
        let contentType: String
        let etag: String
        let body: ByteBuffer
        var gzipped: ByteBuffer? = nil
    }

    private struct State {
        var mark = -1
        var generation = 0
        var entries: [Key: Entry] = [:]
        var bytes = 0
    }

    /// The most bytes kept; past it the oldest state's answers are dropped all at once.
    static let capacity = 96 << 20

    private let state = Mutex(State())
    /// Tells this server's ETags from those of an earlier start.
    private let start: String

    init() {
        start = String(UInt32.random(in: .min ... .max), radix: 36)
    }

    /// Forgets every kept answer: the map is laid out anew, though the history did not move.
    func forget() {
        state.withLock {
            $0.generation += 1
            $0.entries = [:]
            $0.bytes = 0
        }
    }

    /// The answer to a GET of a page at the store's history mark `mark`: 304 when the browser
    /// holds it, the kept bytes when there are, else `make()`'s answer, kept when it is a 200.
    ///
    /// - Complexity: O(1) plus the look-up's hashing of the key when kept; else that of `make`
    ///   and O(n) for its n bytes.
    func answer(_ request: Request, mark: Int, make: () async throws -> Response) async throws -> Response {
        let key = Self.key(of: request)
        let generation = state.withLock { state -> Int in
            if state.mark != mark {
                state.mark = mark
                state.entries = [:]
                state.bytes = 0
            }
            return state.generation
        }
        let etag = "\"\(start)-\(mark)-\(generation)-\(String(Self.hash(key), radix: 36))\""
        let gzip = Gzip.accepted(by: request.headers[.acceptEncoding])
        if Self.matches(request.headers[.ifNoneMatch], etag) || Self.matches(request.headers[.ifNoneMatch], Self.gzipped(etag)) {
            return Response(status: .notModified, headers: [.eTag: gzip ? Self.gzipped(etag) : etag, .vary: "Accept-Encoding"])
        }
        if let kept = state.withLock({ $0.mark == mark && $0.generation == generation ? $0.entries[key] : nil }) {
            return response(kept, key: key, gzip: gzip)
        }
        let made = try await make()
        guard made.status == .ok, let type = made.headers[.contentType] else { return made }
        let entry = Entry(status: made.status, contentType: type, etag: etag, body: try await Self.bytes(of: made.body))
        state.withLock { state in
            guard state.mark == mark, state.generation == generation else { return }
            if state.bytes + entry.body.readableBytes > Self.capacity {
                state.entries = [:]
                state.bytes = 0
            }
            state.entries[key] = entry
            state.bytes += entry.body.readableBytes
        }
        return response(entry, key: key, gzip: gzip)
    }

    /// The key of `request`: what its page depends on besides the server's state.
    static func key(of request: Request) -> Key {
        Key(uri: request.uri.description, base: request.headers[.landscapeBase] ?? "",
            role: (request.headers[.landscapeRole] ?? "") + (request.headers[.landscapeShare].map { "/share:" + $0 } ?? ""),
            account: LandscapeStore.acting ?? "")
    }

    /// Whether `header` (`If-None-Match`: a list of ETags, weak or strong, or `*`) names `etag`.
    static func matches(_ header: String?, _ etag: String) -> Bool {
        guard let header else { return false }
        return header.split(separator: ",").contains { tag in
            let tag = tag.trimmingCharacters(in: .whitespaces)
            return tag == "*" || tag == etag || tag == "W/" + etag
        }
    }

    /// The kept answer, gzipped when the browser takes it (compressed at the first such request).
    private func response(_ entry: Entry, key: Key, gzip: Bool) -> Response {
        var headers: HTTPFields = [.contentType: entry.contentType, .eTag: entry.etag, .vary: "Accept-Encoding"]
        guard gzip, entry.body.readableBytes > 1024, let compressed = entry.gzipped ?? Gzip.compress(entry.body) else {
            return Response(status: entry.status, headers: headers, body: ResponseBody(byteBuffer: entry.body))
        }
        if entry.gzipped == nil {
            state.withLock { state in
                guard state.entries[key]?.etag == entry.etag else { return }
                state.entries[key]?.gzipped = compressed
                state.bytes += compressed.readableBytes
            }
        }
        headers[.eTag] = Self.gzipped(entry.etag)
        headers[.contentEncoding] = "gzip"
        return Response(status: entry.status, headers: headers, body: ResponseBody(byteBuffer: compressed))
    }

    /// The ETag of the gzipped bytes: another one than the plain bytes' (RFC 9110, 8.8.3).
    static func gzipped(_ etag: String) -> String {
        String(etag.dropLast()) + "-gz\""
    }

    /// FNV-1a of the key's parts: the same key gives the same ETag at every request (Swift's
    /// own hash is seeded anew at every start).
    static func hash(_ key: Key) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in [key.uri, key.base, key.role, key.account] {
            for byte in part.utf8 + [0] {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        return hash
    }

    /// The bytes a body writes.
    private static func bytes(of body: ResponseBody) async throws -> ByteBuffer {
        let collected = Collected()
        try await body.write(Collector(into: collected))
        return collected.buffer
    }

    private final class Collected {
        var buffer = ByteBuffer()
    }

    private struct Collector: ResponseBodyWriter {
        let into: Collected

        mutating func write(_ buffer: ByteBuffer) async throws {
            var buffer = buffer
            into.buffer.writeBuffer(&buffer)
        }

        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
