/// Positions by ASCII text: an open-addressing table whose slots hold the text itself, for the
/// look-ups of a million tie ends by id.
///
/// A `Dictionary<ActorID, Int>` hashes every text through SipHash (with a hasher set up per
/// look-up) and keeps keys and values apart; this table mixes the text's bytes eight at a time
/// with a seed drawn per table and reads one slot (text, tag and position together). It knows
/// ASCII texts only: two ASCII texts are equal exactly when their bytes are, whereas `String`
/// compares other texts by canonical equivalence (`"Mu\u{308}ller" == "Müller"`, and even the
/// Kelvin sign U+212A equals `K`), which no hash of bytes matches. So a look-up answers
/// `.notASCII` for any other text, and `.absent` only means "no ASCII key": callers that have
/// keys of other texts (`hasOtherKeys`) ask their dictionary then.
struct TextPositions: Sendable {
    /// A text's position, or why the table cannot say.
    enum Found: Equatable {
        case position(Int)
        /// No ASCII key is the text (another key may still equal it, see `hasOtherKeys`).
        case absent
        /// The text is not ASCII (or not stored contiguously): the table does not know.
        case notASCII
    }

    private struct Slot: Sendable {
        var text: String
        var tag: UInt32
        /// The text's position, -1 in an empty slot.
        var position: Int32
    }

    /// The table; its length is a power of two, at least twice the number of keys.
    private var slots: [Slot]
    private let seed: UInt64
    /// Whether a key was left out because it is not ASCII.
    private(set) var hasOtherKeys = false

    /// An empty table for up to `capacity` keys.
    init(capacity: Int, seed: UInt64 = .random(in: .min ... .max)) {
        var count = 16
        while count < 2 * capacity { count *= 2 }
        slots = Array(repeating: Slot(text: "", tag: 0, position: -1), count: count)
        self.seed = seed
    }

    /// A table of `texts`, each at its index; of equal texts the first is kept.
    init(_ texts: some Collection<String>, seed: UInt64 = .random(in: .min ... .max)) {
        self.init(capacity: texts.count, seed: seed)
        for (position, text) in texts.enumerated() { insert(text, at: position) }
    }

    /// Adds `text` at `position` unless it is there already; a text that is not ASCII is left
    /// out (and `hasOtherKeys` set). At most `capacity` keys.
    mutating func insert(_ text: String, at position: Int) {
        guard let (hash, ascii) = Self.hash(text, seed: seed), ascii else {
            hasOtherKeys = true
            return
        }
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].position >= 0 {
            if slots[slot].tag == tag, slots[slot].text == text { return }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(text: text, tag: tag, position: Int32(truncatingIfNeeded: position))
    }

    /// The position of `text`, if the table can tell.
    ///
    /// - Complexity: O(n) for n bytes, expected one slot read (linear probing, at most half full).
    func position(of text: String) -> Found {
        guard let (hash, ascii) = Self.hash(text, seed: seed), ascii else { return .notASCII }
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].position >= 0 {
            if slots[slot].tag == tag, slots[slot].text == text { return .position(Int(slots[slot].position)) }
            slot = (slot + 1) & mask
        }
        return .absent
    }

    /// The text's bytes mixed eight at a time with the seed, and whether they are all ASCII;
    /// `nil` for a text not stored as contiguous UTF-8 (a bridged one).
    static func hash(_ text: String, seed: UInt64) -> (UInt64, ascii: Bool)? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> (UInt64, ascii: Bool) in
            var hash = seed ^ (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15)
            var high: UInt64 = 0
            guard let base = bytes.baseAddress else { return (finished(hash), true) }
            let raw = UnsafeRawPointer(base)
            var index = 0
            while index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                high |= word
                hash = mixed(hash, word)
                index += 8
            }
            if index < bytes.count {
                var word: UInt64 = 0
                var shift: UInt64 = 0
                while index < bytes.count {
                    word |= UInt64(base[index]) << shift
                    shift += 8
                    index += 1
                }
                high |= word
                hash = mixed(hash, word)
            }
            return (finished(hash), high & 0x8080_8080_8080_8080 == 0)
        }
    }

    private static func mixed(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let x = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
        return x ^ (x >> 29)
    }

    /// splitmix64's finaliser.
    private static func finished(_ hash: UInt64) -> UInt64 {
        var x = hash
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 31)
    }
}
