import Foundation
import Hummingbird
import LandscapeIO
import NIOCore
import Synchronization

/// The API's answers that read the whole landscape (`/api/actors`, `/api/ties`,
/// `/api/landscape`, `/api/history`), kept as their bytes until the database changes: under 200
/// readers a release server spent a third of its time decoding 2,000 actor rows and writing them
/// as JSON for each `GET /api/actors` again. An answer is kept per request URI at the store's
/// history mark (`LandscapeStore.historyMark`, one look-up per request), so a change by this
/// server or by another process on the database is seen by the next request: the mark is read
/// before the rows, and an answer read after a later change is kept under the earlier mark,
/// never the other way round.
final class AnswerCache: Sendable {
    private struct State {
        var mark = -1
        var answers: [String: ByteBuffer] = [:]
    }

    private let state = Mutex(State())

    /// The kept answer of `uri` at `mark`, if there is one.
    func answer(_ uri: String, at mark: Int) -> ByteBuffer? {
        state.withLock { $0.mark == mark ? $0.answers[uri] : nil }
    }

    /// Keeps `bytes` as the answer of `uri` at `mark`; the answers of an older mark are dropped.
    func keep(_ bytes: ByteBuffer, for uri: String, at mark: Int) {
        state.withLock { state in
            if mark > state.mark {
                state.mark = mark
                state.answers = [:]
            }
            if mark == state.mark { state.answers[uri] = bytes }
        }
    }
}
