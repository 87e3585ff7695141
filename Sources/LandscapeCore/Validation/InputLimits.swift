/// The sizes beyond which input is refused with an error rather than read: a landscape file
/// that breaks one of them is almost always a mistake (a wrong export, a runaway script), and
/// reading it anyway would exhaust memory or produce diagrams nobody can read.
///
/// The defaults are far above any real landscape (the largest benchmark landscapes have
/// 200,000 actors and 1,000,000 ties) and each can be raised on the command line
/// (`--max-file-size`, `--max-actors`, `--max-ties`, `--max-label-length`,
/// `--max-note-length`; see docs/format.md).
public struct InputLimits: Hashable, Sendable {
    /// The largest input file read, in bytes (workbooks have their own limits on what they unpack).
    public var maxFileBytes: Int
    /// The most actor records over all inputs.
    public var maxActors: Int
    /// The most tie records over all inputs.
    public var maxTies: Int
    /// The longest id, name, kind, municipality, list item or other short text, in characters.
    public var maxLabelLength: Int
    /// The longest note (of an actor or a tie), contact or title, in characters.
    public var maxNoteLength: Int

    public init(
        maxFileBytes: Int = 512 << 20, maxActors: Int = 1_000_000, maxTies: Int = 10_000_000,
        maxLabelLength: Int = 500, maxNoteLength: Int = 20_000
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxActors = maxActors
        self.maxTies = maxTies
        self.maxLabelLength = maxLabelLength
        self.maxNoteLength = maxNoteLength
    }

    /// The defaults.
    public static let standard = InputLimits()
}

/// Cleaning of text read from files before it enters the model.
enum TextHygiene {
    /// Whether the text holds a control character other than tab, line feed and carriage
    /// return: C0 controls, DEL and the C1 controls U+0080–U+009F. They are invisible in a
    /// diagram, and escape sequences (ESC) would drive the user's terminal when printed.
    ///
    /// - Complexity: O(n) over the UTF-8 bytes, no allocation.
    static func hasControlCharacters(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return true }
            if byte == 0x7F { return true }
            if previous == 0xC2, (0x80...0x9F).contains(byte) { return true }
            previous = byte
        }
        return false
    }

    /// The text without those control characters.
    static func removingControlCharacters(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { scalar in
            let value = scalar.value
            if value == 0x09 || value == 0x0A || value == 0x0D { return true }
            return !(value < 0x20 || (0x7F...0x9F).contains(value))
        }))
    }

    /// Whether `cleaned` would leave the text as it is and report nothing: it starts and ends
    /// with a visible ASCII character (nothing to trim), holds no byte below U+0020, no DEL and
    /// no 0xC2 (the lead byte of the C1 controls, and of some other characters U+0080–U+00BF,
    /// which the full check then looks at), and has at most `limit` bytes (so at most `limit`
    /// characters). `false` says nothing.
    ///
    /// - Complexity: O(n) over the UTF-8 bytes, no allocation.
    static func needsNoCleaning(_ text: String, limit: Int) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, let last = bytes.last, bytes.count <= limit,
                  (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) else { return false }
            for byte in bytes where byte < 0x20 || byte == 0x7F || byte == 0xC2 { return false }
            return true
        } ?? false
    }

    /// Whether the text is longer than `limit` characters (checked by UTF-8 length first, so
    /// ordinary texts cost no grapheme count).
    static func isLonger(_ text: String, than limit: Int) -> Bool {
        text.utf8.count > limit && text.count > limit
    }
}
