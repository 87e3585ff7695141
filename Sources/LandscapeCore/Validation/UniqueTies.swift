/// The ties read so far, each once, with where each was first given.
///
/// Ties that might be the same share a key; the first tie of each key is in `first`, later
/// ones are chained through `next` (no array per key).
struct UniqueTies {
    var ties: [Tie] = []
    var origins: [SourceLocation] = []
    private var first: [TieKey: Int] = [:]
    private var next: [Int] = []

    init(capacity: Int) {
        ties.reserveCapacity(capacity)
        origins.reserveCapacity(capacity)
        first.reserveCapacity(capacity)
        next.reserveCapacity(capacity)
    }

    /// Adds the tie unless it was read before; then returns where it was first given.
    ///
    /// - Complexity: O(1) expected (one dictionary probe) plus the ties of the same key.
    mutating func insert(_ tie: Tie, key: TieKey, at location: SourceLocation) -> SourceLocation? {
        let new = ties.count
        // One probe: a new key gets this tie's index as its first.
        let found = Self.value(in: &first[key, default: new])
        var candidate = found == new ? nil : found
        var last: Int?
        while let earlier = candidate {
            if ties[earlier].isSame(as: tie) { return origins[earlier] }
            last = earlier
            candidate = next[earlier] < 0 ? nil : next[earlier]
        }
        if let last { next[last] = new }
        next.append(-1)
        ties.append(tie)
        origins.append(location)
        return nil
    }

    private static func value(in slot: inout Int) -> Int { slot }
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

    // The ends only: the kind would hash its name, and two kinds between the same pair are rare.
    func hash(into hasher: inout Hasher) {
        hasher.combine(a)
        hasher.combine(b)
    }
}
