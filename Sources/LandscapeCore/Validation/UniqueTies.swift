/// The ties read so far, each once, with the number of the record that first gave each.
///
/// Ties that might be the same share a key (`TieKey`: their ends and kind); the first tie of
/// each key is found through an open-addressing table whose slots hold the key itself, so that
/// a look-up reads one slot (one cache line) and no tie; later ties of a key are chained through
/// `next` (no array per key). The table mixes the two ends with a seed drawn per run (so a file
/// cannot be made to collide), where a `Dictionary` hashes them through SipHash and keeps keys
/// and values apart. What is left of an insert is that one read, a miss in memory for nearly
/// every new key (the table of the 200,000-actor benchmark landscape's 967,043 ties is 32 MB):
/// about 10 % of `check`'s CPU. (Reading a chunk's slots ahead in a loop of their own did not
/// help: the chunk's other work evicts them before the inserts come.)
struct UniqueTies {
    var ties: [Tie] = []
    /// Per tie: its record's number (`TieRecords`), 4 bytes where a `SourceLocation` was 48 and a
    /// retain of its file's name per tie.
    var origins: [Int32] = []
    /// Per tie: the positions of its key's ends (`from` and `to` for directed kinds).
    private(set) var ends: [Ends] = []
    /// The next tie of the same key, or -1.
    private var next: [Int32] = []
    /// The table; its length is a power of two, at least twice the number of keys.
    private var slots: [Slot]
    private var keyCount = 0
    private let seed = UInt64.random(in: .min ... .max)

    /// A key's ends (the first in the high half; positions of actors, far below 2³²), its kind
    /// and its first tie; `first` is -1 in an empty slot.
    private struct Slot {
        var ends: UInt64 = 0
        var first: Int32 = -1
        var kind: TieKind = .cooperation
    }

    /// The positions of a tie's ends, as its key orders them.
    struct Ends {
        var from: Int32
        var to: Int32
    }

    init(capacity: Int) {
        ends.reserveCapacity(capacity)
        ties.reserveCapacity(capacity)
        origins.reserveCapacity(capacity)
        next.reserveCapacity(capacity)
        slots = Array(repeating: Slot(), count: Self.slotCount(for: capacity))
    }

    /// Adds the tie, read from record number `record`, unless it was read before; then returns
    /// the number of the record that first gave it.
    ///
    /// - Complexity: O(1) expected (linear probing in a table at most half full) plus the ties
    ///   of the same key.
    mutating func insert(_ tie: Tie, key: TieKey, at record: Int) -> Int? {
        if 2 * (keyCount + 1) > slots.count { grow() }
        let new = Int32(truncatingIfNeeded: ties.count)
        let ends = Self.packed(key)
        let mask = slots.count - 1
        var slot = Self.home(of: ends, seed: seed, mask: mask)
        while slots[slot].first >= 0 {
            if slots[slot].ends == ends, slots[slot].kind == key.kind {
                var candidate = Int(slots[slot].first)
                while true {
                    if ties[candidate].isSame(as: tie) { return Int(origins[candidate]) }
                    guard next[candidate] >= 0 else { break }
                    candidate = Int(next[candidate])
                }
                next[candidate] = new
                append(tie, key: key, at: record)
                return nil
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(ends: ends, first: new, kind: key.kind)
        keyCount += 1
        append(tie, key: key, at: record)
        return nil
    }

    /// A key's ends in one word, the first in the high half (positions of actors, far below 2³²).
    private static func packed(_ key: TieKey) -> UInt64 {
        UInt64(truncatingIfNeeded: key.a) << 32 | UInt64(truncatingIfNeeded: key.b) & 0xFFFF_FFFF
    }

    private mutating func append(_ tie: Tie, key: TieKey, at record: Int) {
        ends.append(Ends(from: Int32(truncatingIfNeeded: key.a), to: Int32(truncatingIfNeeded: key.b)))
        ties.append(tie)
        origins.append(Int32(truncatingIfNeeded: record))
        next.append(-1)
    }

    /// The home slot of a key's ends: mixed with the seed by splitmix64's finaliser.
    private static func home(of ends: UInt64, seed: UInt64, mask: Int) -> Int {
        var x = ends ^ seed
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        x ^= x >> 31
        return Int(truncatingIfNeeded: x) & mask
    }

    /// Doubles the table and places every key again.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: 2 * old.count)
        let mask = slots.count - 1
        for entry in old where entry.first >= 0 {
            var slot = Self.home(of: entry.ends, seed: seed, mask: mask)
            while slots[slot].first >= 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    private static func slotCount(for capacity: Int) -> Int {
        var count = 16
        while count < 2 * capacity { count *= 2 }
        return count
    }
}

/// The tie records of every draft, numbered through: where a record number was read.
struct TieRecords: Sendable {
    let parts: [ArraySlice<RecordDraft<TieField>>]
    /// The number of each part's first record.
    let starts: [Int]

    init(_ parts: [ArraySlice<RecordDraft<TieField>>]) {
        self.parts = parts
        var starts: [Int] = []
        var start = 0
        for part in parts {
            starts.append(start)
            start += part.count
        }
        self.starts = starts
    }

    /// Where record number `record` (below the number of records) was read. O(parts).
    func location(of record: Int) -> SourceLocation {
        var part = 0
        while record - starts[part] >= parts[part].count { part += 1 }
        return parts[part][parts[part].startIndex + record - starts[part]].location
    }
}

/// Groups ties that might be the same, whatever the order of symmetric ends: the actors'
/// positions and the kind.
struct TieKey: Hashable {
    var a: Int
    var b: Int
    var kind: TieKind

    init(from: Int, to: Int, kind: TieKind) {
        self.kind = kind
        if kind.isDirected || from <= to {
            (a, b) = (from, to)
        } else {
            (a, b) = (to, from)
        }
    }
}
