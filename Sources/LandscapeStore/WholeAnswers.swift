import Logging
import NIOCore
import SQLKit
import Synchronization

/// A PostgreSQL connection's `SQLDatabase` that takes every answer's rows as they arrive,
/// without back-pressure, so that a restart of the database server in the middle of a large
/// answer fails the query instead of stopping the process.
///
/// PostgresKit's `async` query hands the rows to an `AsyncSequence` and stops reading the
/// socket while the reader is behind. When the server closes the connection then (a restart,
/// `pg_terminate_backend`), SwiftNIO delivers the rest of the socket without being asked, and
/// PostgresNIO 1.33.2 stops the whole process with a `preconditionFailure` in
/// `RowStreamStateMachine.channelReadComplete` ("How can we receive a body part, after a
/// channelReadComplete, but no read has been forwarded yet" — the same precondition
/// async-http-client removed in its pull request 450). The `EventLoopFuture` query hands each
/// row to its closure on the event loop and asks for more at once, so that state is never
/// reached: the query fails with the closed connection, which the store reports as
/// `unreachable`. The store reads every answer into memory anyway (`all()`), so back-pressure
/// bought nothing.
///
/// It also never waits for an answer on a connection that closed: PostgresNIO writes a query to a
/// channel closed meanwhile without failing it, and the caller would wait for ever (seen as
/// requests that hung 30 s during a PostgreSQL restart). A query on a closed connection fails at
/// once, and one whose connection closes while it waits fails within `watch`.
struct WholeAnswers: SQLDatabase {
    let base: any SQLDatabase
    /// Whether the connection is closed.
    let isClosed: @Sendable () -> Bool

    /// How often a waiting query looks whether its connection closed.
    static let watch = TimeAmount.milliseconds(500)

    var logger: Logger { base.logger }
    var eventLoop: any EventLoop { base.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { base.version }
    var dialect: any SQLDialect { base.dialect }
    var queryLogLevel: Logger.Level? { base.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        guard !isClosed() else { return eventLoop.makeFailedFuture(ConnectionClosed()) }
        let answered = eventLoop.makePromise(of: Void.self)
        base.execute(sql: query, onRow).cascade(to: answered)
        watch(answered)
        return answered.futureResult
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try await execute(sql: query, onRow).get()
    }

    /// Fails `answered` when the connection closes before it is answered (a promise completed
    /// twice keeps its first result).
    private func watch(_ answered: EventLoopPromise<Void>) {
        let isClosed = isClosed
        let loop = eventLoop
        let done = Answered()
        answered.futureResult.whenComplete { _ in done.flag.store(true, ordering: .relaxed) }
        @Sendable func look() {
            loop.scheduleTask(in: Self.watch) {
                if done.flag.load(ordering: .relaxed) { return }
                if isClosed() { answered.fail(ConnectionClosed()) } else { look() }
            }
        }
        look()
    }

    /// Whether a query was answered, for its watch.
    private final class Answered: Sendable {
        let flag = Atomic(false)
    }
}

/// A query on, or waiting on, a connection the server closed.
struct ConnectionClosed: Error, CustomStringConvertible {
    var description: String { "the connection to the database server was closed" }
}
