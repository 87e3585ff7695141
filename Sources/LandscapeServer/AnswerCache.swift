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
/// Requests for one URI that find no answer at their mark share one computation: a request that
/// read mark `m` waits for one begun at a mark ≥ `m` (which reads the rows after it). At most
/// `most` answers and `mostBytes` bytes are kept; the oldest kept goes first (many distinct
/// query strings between two changes would otherwise grow it without end).
final class AnswerCache: Sendable {
    private struct Flight {
        var number: Int
        var mark: Int
        var task: Task<ByteBuffer, any Error>
    }

    private struct State {
        var mark = -1
        var answers: [String: ByteBuffer] = [:]
        /// The kept URIs, oldest first, and their bytes together.
        var order: [String] = []
        var bytes = 0
        var flights: [String: Flight] = [:]
        var flown = 0
    }

    /// The most answers and bytes kept at once.
    static let most = 64
    static let mostBytes = 64 << 20

    private let state = Mutex(State())

    /// The kept answer of `uri` at `mark`, if there is one.
    func answer(_ uri: String, at mark: Int) -> ByteBuffer? {
        state.withLock { $0.mark == mark ? $0.answers[uri] : nil }
    }

    /// The answer of `uri` as of `mark`: kept, or `compute`d (once for all requests waiting on it) and kept.
    func answer(
        _ uri: String, at mark: Int, compute: @escaping @Sendable () async throws(StoreError) -> ByteBuffer
    ) async throws(StoreError) -> ByteBuffer {
        enum Step { case kept(ByteBuffer), wait(Task<ByteBuffer, any Error>, number: Int?) }
        let step: Step = state.withLock { state in
            if state.mark >= mark, let kept = state.answers[uri] { return .kept(kept) }
            if let flight = state.flights[uri], flight.mark >= mark { return .wait(flight.task, number: nil) }
            state.flown += 1
            let task = Task { () async throws -> ByteBuffer in try await compute() }
            state.flights[uri] = Flight(number: state.flown, mark: mark, task: task)
            return .wait(task, number: state.flown)
        }
        switch step {
        case .kept(let bytes):
            return bytes
        case .wait(let task, let number):
            let result: Result<ByteBuffer, StoreError>
            do {
                result = .success(try await task.value)
            } catch let error as StoreError {
                result = .failure(error)
            } catch {
                result = .failure(.database(String(describing: error)))
            }
            if let number {
                state.withLock { state in
                    if state.flights[uri]?.number == number { state.flights[uri] = nil }
                }
                if case .success(let bytes) = result { keep(bytes, for: uri, at: mark) }
            }
            return try result.get()
        }
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
