import SQLKit

/// The connections a store holds: the idle ones, how many are open, who waits for one, and
/// whose turn it is to write.
///
/// A PostgreSQL store opens up to `limit` connections as operations need them, so that many
/// readers do not queue behind one connection; an SQLite store holds one (SQLite has one writer,
/// and a read beside it gains little on one file). Writes of one store take turns before they
/// take a connection: one waiting for PostgreSQL's advisory lock (`StoreConnection.begin`) never
/// holds a second connection that a reader could use.
struct ConnectionPool {
    /// The most connections the store holds at once.
    let limit: Int
    /// Connections open and not leased.
    var idle: [StoreConnection] = []
    /// Places taken: connections leased, idle, or being opened.
    var taken = 0
    /// Operations waiting for a connection, in the order they came: each is handed one, or
    /// `nil` for a place in which to open one.
    var waiting: [CheckedContinuation<StoreConnection?, Never>] = []
    /// Whether a write holds its turn; the writes waiting for theirs, in order.
    var writing = false
    var writers: [CheckedContinuation<Void, Never>] = []

    /// The connections a PostgreSQL store holds at most: enough that readers rarely wait on a
    /// server with a few cores, few enough that a database with a dozen landscapes served at
    /// once stays under PostgreSQL's default `max_connections` of 100.
    static let postgresLimit = 6
}

extension LandscapeStore {
    // MARK: Operations on a connection

    /// Runs `body` on a connection of its own; reads run side by side, each on its own
    /// connection (PostgreSQL), or one after another (SQLite).
    func serialized<T: Sendable>(_ body: (any SQLDatabase) async throws(StoreError) -> T) async throws(StoreError) -> T {
        try await leased { connection throws(StoreError) in try await body(connection.database) }
    }

    /// Runs `body` in one transaction when it is this store's turn to write: all of it is
    /// stored, or (on any error) nothing.
    func transaction<T: Sendable>(_ body: (any SQLDatabase) async throws(StoreError) -> T) async throws(StoreError) -> T {
        await takeWriteTurn()
        defer { passWriteTurn() }
        return try await leased(first: true) { connection throws(StoreError) in try await inTransaction(connection, body) }
    }

    /// Runs `body` in a transaction that reads one snapshot.
    func snapshot<T: Sendable>(_ body: (any SQLDatabase) async throws(StoreError) -> T) async throws(StoreError) -> T {
        try await leased { connection throws(StoreError) in
            try await connection.beginRead()
            return try await Self.committed(connection.database, body)
        }
    }

    /// Runs `body` in a write transaction on `connection`. The write lock is taken at the
    /// start, so another process writing meanwhile makes this wait rather than fail at the first write.
    func inTransaction<T: Sendable>(
        _ connection: StoreConnection, _ body: (any SQLDatabase) async throws(StoreError) -> T
    ) async throws(StoreError) -> T {
        try await connection.begin()
        return try await Self.committed(connection.database, body)
    }

    /// Runs `body` on a connection of its own, off the store's actor: the reads that decode many
    /// rows (the landscape, every actor, the history, a session) decode them side by side on the
    /// process's threads instead of one after another on the actor. `snapshot`: in a transaction
    /// that reads one snapshot. `body` may use only what is `nonisolated` (`landscapeID`, `Rows`).
    nonisolated func concurrently<T: Sendable>(
        snapshot: Bool = false, _ body: @Sendable (any SQLDatabase) async throws(StoreError) -> T
    ) async throws(StoreError) -> T {
        let connection = try await lease()
        let result: Result<T, StoreError>
        do {
            if snapshot {
                try await connection.beginRead()
                result = .success(try await Self.committed(connection.database, body))
            } else {
                result = .success(try await body(connection.database))
            }
        } catch {
            result = .failure(error)
        }
        let lost = connection.isClosed
        let closed = await release(connection)
        return try outcome(result, lost: lost && !closed)
    }

    /// Runs `body` in the transaction just begun: committed when it returns, rolled back when it
    /// throws. It runs where its caller runs (`nonisolated(nonsending)`).
    nonisolated(nonsending) static func committed<T: Sendable>(
        _ database: any SQLDatabase, _ body: (any SQLDatabase) async throws(StoreError) -> T
    ) async throws(StoreError) -> T {
        do {
            let result = try await body(database)
            try await Self.run { try await database.raw("COMMIT").run() }
            return result
        } catch {
            try? await database.raw("ROLLBACK").run()
            throw error
        }
    }

    /// Runs `body` on a connection leased for it, and gives the connection back. A connection
    /// the server closed meanwhile (PostgreSQL restarted, the backend ended by an administrator)
    /// makes the operation fail as `unreachable`; what it wrote was rolled back by the server,
    /// as every transaction that did not commit, and the next operation connects anew.
    func leased<T: Sendable>(first: Bool = false, _ body: (StoreConnection) async throws(StoreError) -> T) async throws(StoreError) -> T {
        let connection = try await lease(first: first)
        let result: Result<T, StoreError>
        do {
            result = .success(try await body(connection))
        } catch {
            result = .failure(error)
        }
        let lost = connection.isClosed
        let closed = await release(connection)
        return try outcome(result, lost: lost && !closed)
    }

    /// `result`, with a failure after the connection was `lost` (or that says it was lost: the
    /// server's address still to fill in, `run`) as `unreachable` at the store's address.
    private nonisolated func outcome<T>(_ result: Result<T, StoreError>, lost: Bool) throws(StoreError) -> T {
        guard case .failure(let error) = result, case .postgres(let address) = location else { return try result.get() }
        if case .unreachable(server: "", let reason) = error { throw .unreachable(server: address.description, reason: reason) }
        if lost { throw .unreachable(server: address.description, reason: Self.connectionLost) }
        throw error
    }

    // MARK: The pool

    /// An open connection for one operation: an idle one, a new one while fewer than the limit
    /// are open, else the next one given back (in the order the operations came; `first`: before
    /// every other, for the write whose turn it is).
    ///
    /// - Throws: `database(storeClosed)` after `close()` (PostgresNIO never answers a query on a
    ///   connection it closed); what connecting throws (`unreachable` while the server is away).
    private func lease(first: Bool = false) async throws(StoreError) -> StoreConnection {
        if shut { throw .database(Self.storeClosed) }
        let handed: StoreConnection?
        if let idle = pool.idle.popLast() {
            handed = idle
        } else if pool.taken < pool.limit {
            pool.taken += 1
            handed = nil
        } else {
            // The write whose turn it is goes first: readers keep coming, and an editor waiting
            // behind two hundred of them waited seconds (there is one such write at a time).
            handed = await withCheckedContinuation { first ? pool.waiting.insert($0, at: 0) : pool.waiting.append($0) }
        }
        if let handed, !handed.isClosed, !shut { return handed }
        if let handed { await handed.close() }
        do throws(StoreError) {
            if shut { throw .database(Self.storeClosed) }
            return try await connect()
        } catch {
            vacate()
            throw error
        }
    }

    /// Takes `connection` back: for the next operation waiting, else idle; one the server closed
    /// (or any, after `close()`) is closed and its place given up. Whether the store was closed.
    @discardableResult
    private func release(_ connection: StoreConnection) async -> Bool {
        if shut || connection.isClosed {
            vacate()
            await connection.close()
        } else if pool.waiting.isEmpty {
            pool.idle.append(connection)
        } else {
            pool.waiting.removeFirst().resume(returning: connection)
        }
        return shut
    }

    /// Gives up a place whose connection is gone or could not be opened: the next operation
    /// waiting opens one in it.
    private func vacate() {
        if pool.waiting.isEmpty {
            pool.taken -= 1
        } else {
            pool.waiting.removeFirst().resume(returning: nil)
        }
    }

    /// A new connection, set up (SQLite's pragmas).
    private func connect() async throws(StoreError) -> StoreConnection {
        let fresh = try await StoreConnection.open(location, password: password)
        do {
            try await fresh.configure()
        } catch {
            await fresh.close()
            throw error
        }
        return fresh
    }

    private func takeWriteTurn() async {
        if pool.writing {
            await withCheckedContinuation { pool.writers.append($0) }
        } else {
            pool.writing = true
        }
    }

    private func passWriteTurn() {
        if pool.writers.isEmpty { pool.writing = false } else { pool.writers.removeFirst().resume() }
    }

    /// Closes the connections; the store cannot be used afterwards. A connection in use is closed
    /// when its operation ends, and the operations waiting for one are refused then.
    public func close() async {
        shut = true
        let idle = pool.idle
        pool.idle = []
        pool.taken -= idle.count
        for connection in idle { await connection.close() }
    }
}
