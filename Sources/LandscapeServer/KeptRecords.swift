import Hummingbird
import LandscapeIO
import LandscapeStore
import NIOCore

/// The answers of `GET /api/actors` and `GET /api/actors/ID` (or of the ties) kept as the JSON of
/// each record, brought up to date at a new history mark by reading only the records that changed
/// since the last one (`LandscapeStore.actorChanges(after:)`): with twenty editors the mark moves
/// many times a second, and decoding 2,000 actor rows and writing them as JSON at every move took
/// half of a release server's time under 200 readers. The answers are the same bytes as writing
/// the whole list (`{"actors": [...]}`, pretty-printed, in the landscape's order) or the one
/// record anew.
///
/// Readers that find the records behind their mark share one update. An update reads the mark
/// when it begins; so a request that read mark `m` may wait for an update that has not begun yet,
/// or for one begun by a request whose mark was ≥ `m`; else it queues the next one. At most one
/// update runs and one waits, however fast the mark moves. A change by another process on the
/// database is seen as one by this server: every change moves the mark and names its records in
/// the history.
actor KeptRecords<Record: Sendable> {
    /// How the store gives the records changed after a mark (`nil`: all).
    typealias Changes = @Sendable (Int?) async throws(StoreError) -> RecordChanges<Record>

    /// One record's JSON as an item of the list and as an answer of its own, and its place in the order.
    private struct Piece {
        var position: Int
        var item: String
        var alone: ByteBuffer
    }

    /// An update: its number, the least mark it reads (that of the request that queued it), and its end.
    private struct Update {
        var number: Int
        var mark: Int
        var task: Task<Void, any Error>
    }

    /// The answer's one key (`actors`, `ties`).
    private let key: String
    private let changes: Changes
    private let id: @Sendable (Record) -> String
    private let json: @Sendable (Record) -> JSONValue
    /// The mark the kept pieces are at (`nil`: none kept yet), and the pieces by id.
    private var mark: Int?
    private var pieces: [String: Piece] = [:]
    /// The whole list as of `listMark`, written when asked for.
    private var list = ByteBuffer()
    private var listMark: Int?
    private var running: Update?
    private var queued: Update?
    private var updates = 0

    init(
        key: String, changes: @escaping Changes, id: @escaping @Sendable (Record) -> String,
        json: @escaping @Sendable (Record) -> JSONValue
    ) {
        self.key = key
        self.changes = changes
        self.id = id
        self.json = json
    }

    /// The whole list as of `mark` or later.
    ///
    /// - Complexity: none while the list is kept at `mark`; else the changed records' rows and
    ///   JSON, and O(n log n) to put n records in order.
    func answer(at mark: Int) async throws(StoreError) -> ByteBuffer {
        try await bringUp(to: mark)
        if listMark != self.mark {
            list = assembled()
            listMark = self.mark
        }
        return list
    }

    /// The answer of the record with `id` alone (as `APIResponse.json` writes it) as of `mark`
    /// or later; `nil` when there is none.
    func record(_ id: String, at mark: Int) async throws(StoreError) -> ByteBuffer? {
        try await bringUp(to: mark)
        return pieces[id]?.alone
    }

    /// Brings the kept pieces up to `mark` at least.
    private func bringUp(to mark: Int) async throws(StoreError) {
        if let kept = self.mark, kept >= mark { return }
        if let queued {
            return try await Self.wait(queued.task)
        }
        if let running, running.mark >= mark {
            return try await Self.wait(running.task)
        }
        updates += 1
        let number = updates
        let previous = running?.task
        let task = Task { () async throws in
            _ = try? await previous?.value
            try await self.update(number)
        }
        let next = Update(number: number, mark: mark, task: task)
        if running == nil { running = next } else { queued = next }
        try await Self.wait(task)
    }

    /// Reads what changed after the kept mark, and keeps it.
    private func update(_ number: Int) async throws(StoreError) {
        if queued?.number == number {
            running = queued
            queued = nil
        }
        defer { if running?.number == number { running = nil } }
        let changed = try await changes(mark)
        if changed.whole { pieces = [:] }
        for gone in changed.gone { pieces[gone] = nil }
        for placed in changed.records {
            let value = json(placed.record)
            pieces[id(placed.record)] = Piece(position: placed.position, item: value.serialized(indent: 2),
                                              alone: ByteBuffer(string: value.serialized() + "\n"))
        }
        mark = changed.mark
    }

    /// `{"KEY": [...]}` as `JSONValue.serialized()` writes it, and a line's end.
    private func assembled() -> ByteBuffer {
        guard !pieces.isEmpty else { return ByteBuffer(string: "{\n  \"\(key)\": []\n}\n") }
        // Ids and positions sorted, not the pieces: copying each piece's texts took more than writing them.
        let order = pieces.map { (position: $0.value.position, id: $0.key) }
            .sorted { $0.position < $1.position || ($0.position == $1.position && $0.id < $1.id) }
        var buffer = ByteBuffer()
        buffer.reserveCapacity(pieces.values.reduce(32) { $0 + $1.item.utf8.count + 6 })
        buffer.writeString("{\n  \"\(key)\": [\n")
        for (index, entry) in order.enumerated() {
            buffer.writeString(index == 0 ? "    " : ",\n    ")
            buffer.writeString(pieces[entry.id]?.item ?? "")
        }
        buffer.writeString("\n  ]\n}\n")
        return buffer
    }

    private static func wait(_ task: Task<Void, any Error>) async throws(StoreError) {
        do {
            try await task.value
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(String(describing: error))
        }
    }
}
