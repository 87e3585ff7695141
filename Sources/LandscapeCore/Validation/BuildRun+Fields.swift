/// Reading single fields: texts within their limits, lists, dates; numbers, flags and vocabulary terms.
extension BuildRun {
    /// A single-valued field's text, trimmed; `nil` when absent or empty. A list where one
    /// value belongs is an error (the first item is used).
    mutating func scalar<Field: DraftField>(_ field: Field, of record: RecordDraft<Field>) -> Located<String>? {
        guard let value = record[field] else { return nil }
        let (limit, kind) = textLimit(field)
        switch value.value {
        case .text(let text):
            let trimmed = cleaned(text, at: value.location, field: field.rawValue, limit: limit, kind: kind)
            return trimmed.isEmpty ? nil : Located(trimmed, at: value.location)
        case .list(let items):
            diagnostics.append(.error(.notSingle(field: field.rawValue), at: value.location))
            return items.first.map { Located(cleaned($0.value, at: $0.location, field: field.rawValue, limit: limit, kind: kind), at: $0.location) }
        }
    }

    /// The longest text a field takes, and which limit that is: notes and contacts may be long
    /// (`DraftField.isLongText`, as the landscape's title, `LandscapeBuilder`); everything else is
    /// a label. By the field itself, not by comparing its name with "note" and "contact".
    func textLimit(_ field: some DraftField) -> (Int, ValidationProblem.TextKind) {
        field.isLongText ? (limits.maxNoteLength, .note) : (limits.maxLabelLength, .label)
    }

    /// A text trimmed, without control characters and cut to the limit, each change reported.
    mutating func cleaned(_ text: Located<String>, field: String, limit: Int, kind: ValidationProblem.TextKind) -> String {
        cleaned(text.value, at: text.location, field: field, limit: limit, kind: kind)
    }

    mutating func cleaned(_ text: String, at location: SourceLocation, field: String, limit: Int, kind: ValidationProblem.TextKind) -> String {
        // Nearly every text needs no change, which one pass over its bytes tells.
        if TextHygiene.needsNoCleaning(text, limit: limit) { return text }
        var value = text.trimmingSpaces
        if TextHygiene.hasControlCharacters(value) {
            diagnostics.append(.warning(.controlCharacters(field: field), at: location))
            value = TextHygiene.removingControlCharacters(value).trimmingSpaces
        }
        if TextHygiene.isLonger(value, than: limit) {
            diagnostics.append(.error(.tooLong(field: field, length: value.count, limit: limit, kind: kind), at: location))
            value = String(value.prefix(limit))
        }
        return value
    }

    /// A list field's items, trimmed, empty ones dropped; a single text is a one-item list.
    mutating func list(_ field: ActorField, of record: RecordDraft<ActorField>) -> [Located<String>] {
        guard let value = record[field] else { return [] }
        let items: [Located<String>]
        switch value.value {
        case .text(let text): items = [Located(text, at: value.location)]
        case .list(let list): items = list
        }
        var result: [Located<String>] = []
        result.reserveCapacity(items.count)
        for item in items {
            let text = cleaned(item.value, at: item.location, field: field.rawValue, limit: limits.maxLabelLength, kind: .label)
            if !text.isEmpty { result.append(Located(text, at: item.location)) }
        }
        return result
    }

    mutating func period<Field: DraftField>(of record: RecordDraft<Field>, since: Field, until: Field, origins: inout FieldOrigins) -> ActivePeriod {
        var period = ActivePeriod()
        var untilLocation: SourceLocation?
        for field in [since, until] {
            guard let text = scalar(field, of: record) else { continue }
            let name = field.rawValue
            guard let date = PartialDate(parsing: text.value) else {
                diagnostics.append(.error(.invalidDate(field: name, text: text.value), at: text.location))
                continue
            }
            if field == since {
                period.since = date
                origins[.since] = text.location
            } else {
                period.until = date
                origins[.until] = text.location
                untilLocation = text.location
            }
        }
        if period.isReversed, let until = period.until, let since = period.since, let untilLocation {
            diagnostics.append(.error(.reversedPeriod(since: since, until: until), at: untilLocation))
        }
        return period
    }
}

/// The items without repeats, in first-seen order.
func unique<T: Hashable>(_ items: [T]) -> [T] {
    // A handful of topics or sectors: comparing is cheaper than hashing into a new set.
    if items.count <= 8 {
        var result: [T] = []
        result.reserveCapacity(items.count)
        for item in items where !result.contains(item) { result.append(item) }
        return result
    }
    var seen: Set<T> = []
    return items.filter { seen.insert($0).inserted }
}

/// A decimal number, also with a German decimal comma (`1,5`).
func parseNumber(_ text: String) -> Double? {
    let trimmed = text.trimmingSpaces
    if let number = Double(trimmed) { return number }
    let commaCount = trimmed.filter { $0 == "," }.count
    if commaCount == 1, !trimmed.contains(".") { return Double(trimmed.replacingComma()) }
    return nil
}

/// A yes/no flag in English or German.
func parseBool(_ text: String) -> Bool? {
    switch text.trimmingSpaces.lowercased() {
    case "true", "yes", "y", "ja", "j", "1", "x", "wahr", "on": true
    case "false", "no", "n", "nein", "0", "falsch", "off", "-": false
    default: nil
    }
}

private extension String {
    func replacingComma() -> String {
        String(map { $0 == "," ? "." : $0 })
    }
}

/// Memoised `Vocabulary(parsing:)` results, keyed by the exact text (the result depends on the
/// text only, so the cache changes no outcome), and weights.
///
/// A large file spells its kinds and weights in a handful of ways: the first few spellings are
/// kept in a short list that is compared before anything is hashed (a million tie kinds hashed
/// through SipHash, a million weights parsed as numbers).
struct TermCache {
    private var actorKinds = Memo<ActorKind?>()
    private var tieKinds = Memo<TieKind?>()
    private var sectors = Memo<Sector?>()
    /// Numbers only in the list: `parseNumber` is not asked to agree on canonically equal texts.
    private var numbers = Memo<Double?>(keepsOthers: false)

    mutating func actorKind(_ text: String) -> ActorKind? {
        actorKinds.value(of: text) { ActorKind(parsing: $0) }
    }

    mutating func tieKind(_ text: String) -> TieKind? {
        tieKinds.value(of: text) { TieKind(parsing: $0) }
    }

    mutating func sector(_ text: String) -> Sector? {
        sectors.value(of: text) { Sector(parsing: $0) }
    }

    /// `parseNumber(text)`.
    mutating func number(_ text: String) -> Double? {
        numbers.value(of: text) { parseNumber($0) }
    }

    /// Results by text: the first `frequentLimit` texts in a list compared byte for byte, the
    /// rest in a dictionary (unless not `keepsOthers`: then computed each time).
    struct Memo<Value: Sendable>: Sendable {
        private var frequent: [(text: String, value: Value)] = []
        private var others: [String: Value] = [:]
        private let keepsOthers: Bool
        private static var frequentLimit: Int { 8 }

        init(keepsOthers: Bool = true) {
            self.keepsOthers = keepsOthers
        }

        mutating func value(of text: String, _ compute: (String) -> Value) -> Value {
            // `==` first: for ASCII and other NFC texts it compares the bytes at once (and rejects
            // most entries by their length), where a generic comparison of the UTF-8 views cost as
            // much as the hashing it saves; equal texts are then confirmed byte for byte, since `==`
            // is canonical equivalence ("\u{212A}" == "K").
            for entry in frequent where entry.text == text && Self.sameBytes(entry.text, text) { return entry.value }
            if let known = others[text] { return known }
            let computed = compute(text)
            if frequent.count < Self.frequentLimit {
                frequent.append((text, computed))
            } else if keepsOthers {
                others[text] = computed
            }
            return computed
        }

        /// Whether `a` and `b` are the same bytes. O(n).
        private static func sameBytes(_ a: String, _ b: String) -> Bool {
            var a = a
            var b = b
            return a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
        }
    }
}
