import Foundation
import Hummingbird
import LandscapeIO
import LandscapeStore
import NIOCore
import Synchronization

/// The API's answers that read much of the landscape (`/api/landscape`, `/api/history`), kept
/// as their bytes until the database changes. An answer is kept per request URI at the store's
/// history mark (`LandscapeStore.historyMark`, one look-up per request), so a change by this
/// server or by another process on the database is seen by the next request: the mark is read
/// before the rows, and an answer read after a later change is kept under the earlier mark,
/// never the other way round.
///
/// Requests for one URI that find no answer at their mark share one computation begun after they
/// came (`Flights`): at most one runs per URI and one waits, however fast the mark moves. At most
/// `most` answers and `mostBytes` bytes are kept; the oldest kept goes first (many distinct
/// query strings between two changes would otherwise grow it without end).
final class AnswerCache: Sendable {
    private struct State {
        var mark = -1
        var answers: [String: ByteBuffer] = [:]
        /// The kept URIs, oldest first, and their bytes together.
        var order: [String] = []
        var bytes = 0
    }

    /// The most answers and bytes kept at once.
    static let most = 64
    static let mostBytes = 64 << 20

    private let state = Mutex(State())
    private let flights = Flights<String, ByteBuffer>()

    /// The kept answer of `uri` at `mark` or later, if there is one.
    func answer(_ uri: String, at mark: Int) -> ByteBuffer? {
        state.withLock { $0.mark >= mark ? $0.answers[uri] : nil }
    }

    /// The answer of `uri` as of `mark`: kept, or `compute`d (once for the requests waiting on it,
    /// after each of them came: `Flights`) and kept.
    func answer(
        _ uri: String, at mark: Int, compute: @escaping @Sendable () async throws(StoreError) -> ByteBuffer
    ) async throws(StoreError) -> ByteBuffer {
        if let kept = answer(uri, at: mark) { return kept }
        let bytes = try await flights.fresh(uri, compute)
        keep(bytes, for: uri, at: mark)
        return bytes
    }

    /// Keeps `bytes` as the answer of `uri` at `mark`; the answers of an older mark are dropped,
    /// and the oldest kept while more than `most` or `mostBytes` are.
    func keep(_ bytes: ByteBuffer, for uri: String, at mark: Int) {
        state.withLock { state in
            if mark > state.mark {
                state.mark = mark
                state.answers = [:]
                state.order = []
                state.bytes = 0
            }
            guard mark == state.mark, bytes.readableBytes <= Self.mostBytes else { return }
            if let old = state.answers.updateValue(bytes, forKey: uri) {
                state.bytes -= old.readableBytes
                state.order.removeAll { $0 == uri }
            }
            state.order.append(uri)
            state.bytes += bytes.readableBytes
            while state.order.count > Self.most || state.bytes > Self.mostBytes {
                let oldest = state.order.removeFirst()
                state.bytes -= state.answers.removeValue(forKey: oldest)?.readableBytes ?? 0
            }
        }
    }

    /// How many answers are kept (for the tests).
    var count: Int { state.withLock { $0.answers.count } }
}
