import Dispatch

/// Reading records on all cores, chunk by chunk, and merging them in reading order.
extension BuildRun {
    /// The records of every draft, the first `limit` in all, draft by draft.
    static func parts<Field>(_ lists: [[RecordDraft<Field>]], limit: Int) -> [ArraySlice<RecordDraft<Field>>] {
        var left = limit
        return lists.map { list in
            let part = list.prefix(left)
            left -= part.count
            return part
        }
    }

    /// What one worker read from a range of records: per record its result and where its
    /// diagnostics end, the diagnostics, and the unknown tie ends it met.
    struct WorkerOutput<Prepared> {
        /// The offsets of the records read, within the part.
        var range: Range<Int>
        var items: [(prepared: Prepared?, diagnosticsEnd: Int)] = []
        var diagnostics: [Diagnostic] = []
        var unknowns: [DeferredUnknown] = []
    }

    /// Reads `records` and merges them (`each`, through `replay`) in reading order, reading
    /// ahead on the other cores. The records are cut into chunks of `chunkLength`; helper
    /// threads read chunks in the order of a shared counter, each with its own copy of this
    /// run, of which only the diagnostics, the vocabulary cache and the deferred unknowns
    /// change (actors and positions are only looked up). This thread merges chunk after chunk
    /// and, while the next one is not ready, reads a later one itself. So the sequential merge
    /// (ids, repeated ties) overlaps the reading, and the diagnostics are those of one pass.
    mutating func readAndMerge<Field, Prepared>(
        _ records: ArraySlice<RecordDraft<Field>>,
        _ read: @escaping @Sendable (inout BuildRun, RecordDraft<Field>) -> Prepared?,
        _ each: (inout BuildRun, Prepared, Int) -> Void
    ) {
        let base = self
        let length = max(1, chunkLength)
        let count = (records.count + length - 1) / length
        let readChunk: @Sendable (Int) -> WorkerOutput<Prepared> = { chunk in
            let range = chunk * length ..< min(records.count, (chunk + 1) * length)
            var run = base
            run.diagnostics = []
            run.deferredUnknowns = []
            var output = WorkerOutput<Prepared>(range: range)
            output.items.reserveCapacity(range.count)
            for offset in range {
                run.currentRecord = offset - range.lowerBound
                let prepared = read(&run, records[records.startIndex + offset])
                output.items.append((prepared, run.diagnostics.count))
            }
            output.diagnostics = run.diagnostics
            output.unknowns = run.deferredUnknowns ?? []
            return output
        }
        let helpers = min(workers ?? Parallel.defaultWorkers, count) - 1
        guard helpers > 0 else {
            for chunk in 0..<count { replay(readChunk(chunk), each) }
            return
        }
        let ahead = ReadAhead<WorkerOutput<Prepared>>(count: count)
        for _ in 0..<helpers {
            DispatchQueue.global().async {
                while let chunk = ahead.claim() { ahead.store(readChunk(chunk), at: chunk) }
            }
        }
        for chunk in 0..<count {
            var output = ahead.take(chunk, waiting: false)
            while output == nil {
                if let later = ahead.claim() {
                    ahead.store(readChunk(later), at: later)
                    output = ahead.take(chunk, waiting: false)
                } else {
                    output = ahead.take(chunk, waiting: true)
                }
            }
            if let output { replay(output, each) }
        }
    }

    /// Takes over a worker's diagnostics and unknown tie ends in reading order, and calls
    /// `each` for every record read (with its offset in the part), after that record's diagnostics.
    mutating func replay<Prepared>(_ output: WorkerOutput<Prepared>, _ each: (inout BuildRun, Prepared, Int) -> Void) {
        var next = 0
        var unknown = 0
        let unknowns = output.unknowns
        for (record, (prepared, end)) in output.items.enumerated() {
            let offset = output.range.lowerBound + record
            func unknownDue() -> Bool { unknown < unknowns.count && unknowns[unknown].record == record }
            while next < end || unknownDue() {
                if unknownDue(), unknowns[unknown].before <= next {
                    reportUnknown(unknowns[unknown].reference)
                    unknown += 1
                } else {
                    diagnostics.append(output.diagnostics[next])
                    next += 1
                }
            }
            if let prepared { each(&self, prepared, offset) }
        }
    }

    /// One error at the first record beyond `limit`, if there is one; only the first `limit`
    /// records are read. Returns whether records were refused.
    @discardableResult
    mutating func refuseBeyond<Records: Sequence, Field>(_ limit: Int, _ records: Records, kind: ValidationProblem.RecordKind) -> Bool where Records.Element == RecordDraft<Field> {
        guard let first = records.dropFirst(limit).first(where: { _ in true }) else { return false }
        diagnostics.append(.error(.tooMany(kind, limit: limit), at: first.location))
        return true
    }
}
