import Logging
import NIOCore
import SQLKit

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
struct WholeAnswers: SQLDatabase {
    let base: any SQLDatabase

    var logger: Logger { base.logger }
    var eventLoop: any EventLoop { base.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { base.version }
    var dialect: any SQLDialect { base.dialect }
    var queryLogLevel: Logger.Level? { base.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        base.execute(sql: query, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try await base.execute(sql: query, onRow).get()
    }
}
