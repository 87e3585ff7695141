/// What a reader hands to the validation: the records of one file as text, each field with its
/// place, before any meaning is checked. Every format produces drafts, and one builder checks
/// them, so YAML, CSV and later formats report the same problems with the same words.

/// A value and the place it was read from.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

/// A field's raw value: one text, or a list of texts.
public enum FieldValue: Hashable, Sendable {
    case text(String)
    case list([Located<String>])
}

/// A field of a record draft: named as in the YAML format, with a small integer slot so that
/// records and the builder look fields up without hashing their names.
public protocol DraftField: Hashable, Sendable, CaseIterable, RawRepresentable where RawValue == String {
    /// The field's position in `allCases`.
    var slot: Int { get }
    /// Whether the field holds several values (`sectors: [a, b]`, `a|b` in a table cell).
    var isList: Bool { get }
    /// Whether the field takes a long text (a note or a contact) rather than a label.
    var isLongText: Bool { get }
}

/// The fields of an actor record, named as in the YAML format.
public enum ActorField: String, CaseIterable, Sendable, DraftField {
    case id, name, kind, municipality, sectors, topics
    case targetGroups = "target_groups"
    case programs, since, until, contact, note

    /// Fields that hold several values.
    public var isList: Bool {
        switch self {
        case .sectors, .topics, .targetGroups, .programs: true
        default: false
        }
    }

    public var isLongText: Bool { self == .note || self == .contact }

    public var slot: Int {
        switch self {
        case .id: 0
        case .name: 1
        case .kind: 2
        case .municipality: 3
        case .sectors: 4
        case .topics: 5
        case .targetGroups: 6
        case .programs: 7
        case .since: 8
        case .until: 9
        case .contact: 10
        case .note: 11
        }
    }

    // By slot: a raw-valued enum would otherwise hash and compare its name.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.slot == rhs.slot }
    public func hash(into hasher: inout Hasher) { hasher.combine(slot) }
}

/// The fields of a tie record, named as in the YAML format.
public enum TieField: String, CaseIterable, Sendable, DraftField {
    case from, to, kind, weight, since, until, formal, note
    /// After the fields every tie has, so that those keep their order in tables and keys.
    case id
    /// Written only by a landscape that has a planned tie.
    case status

    public var isList: Bool { false }

    public var isLongText: Bool { self == .note }

    public var slot: Int {
        switch self {
        case .from: 0
        case .to: 1
        case .kind: 2
        case .weight: 3
        case .since: 4
        case .until: 5
        case .formal: 6
        case .note: 7
        case .id: 8
        case .status: 9
        }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.slot == rhs.slot }
    public func hash(into hasher: inout Hasher) { hasher.combine(slot) }
}

/// A field the format does not know, as read: kept on the actor or tie it belongs to.
public struct ExtraDraft: Sendable {
    public var name: String
    public var value: Located<FieldValue>

    public init(name: String, value: Located<FieldValue>) {
        self.name = name
        self.value = value
    }
}

/// Which column of a table holds which field: shared by all rows of one table.
public final class DraftColumns: Sendable {
    /// The column of each field slot, or -1.
    let columnOfSlot: [Int]
    /// The columns of fields the format does not know, with their headers, in table order.
    let extraColumns: [(name: String, column: Int)]

    /// `columns[i]` is the slot of the field column `i` holds, or `nil` for an ignored column;
    /// `extraColumns` are kept on every row's record as extra fields.
    public init(slotOfColumn columns: [Int?], extraColumns: [(name: String, column: Int)] = []) {
        self.extraColumns = extraColumns
        var columnOfSlot: [Int] = []
        for (column, slot) in columns.enumerated() {
            guard let slot else { continue }
            if columnOfSlot.count <= slot { columnOfSlot += Array(repeating: -1, count: slot + 1 - columnOfSlot.count) }
            if columnOfSlot[slot] < 0 { columnOfSlot[slot] = column }
        }
        self.columnOfSlot = columnOfSlot
    }

    func column(of slot: Int) -> Int? {
        slot < columnOfSlot.count && columnOfSlot[slot] >= 0 ? columnOfSlot[slot] : nil
    }
}

/// One actor or tie as read: its place (the start of the record) and its fields.
///
/// A record is either built field by field (YAML, JSON, the XML formats) or is a row of a
/// table (CSV) whose cells are read when the builder asks: a table row keeps its cells as
/// one array and costs no per-field storage, which matters at a million ties. A blank cell is
/// an absent field; a list field's cell holds items separated by `|`; every value is located
/// at the record.
public struct RecordDraft<Field: DraftField>: Sendable {
    public var location: SourceLocation
    private var storage: Storage

    private enum Storage: Sendable {
        case fields([Entry], extras: [ExtraDraft])
        case row([String], DraftColumns)
    }

    private struct Entry: Sendable {
        var field: Field
        var value: Located<FieldValue>
    }

    public init(at location: SourceLocation) {
        self.location = location
        storage = .fields([], extras: [])
    }

    /// A table row: `cells[i]` is the text of column `i`.
    public init(at location: SourceLocation, cells: [String], columns: DraftColumns) {
        self.location = location
        storage = .row(cells, columns)
    }

    /// The field's value, `nil` when absent.
    ///
    /// - Complexity: O(1) for a table row (plus splitting a list cell), O(f) for f set fields.
    public subscript(field: Field) -> Located<FieldValue>? {
        get {
            switch storage {
            case .fields(let entries, _):
                return entries.first { $0.field.slot == field.slot }?.value
            case .row(let cells, let columns):
                guard let column = columns.column(of: field.slot), column < cells.count else { return nil }
                let cell = cells[column]
                if cell.isBlank { return nil }
                guard field.isList else { return Located(.text(cell), at: location) }
                return Located(.list(cell.listItems.map { Located($0, at: location) }), at: location)
            }
        }
        set {
            var entries = materialized()
            entries.removeAll { $0.field.slot == field.slot }
            if let newValue { entries.append(Entry(field: field, value: newValue)) }
            storage = .fields(entries, extras: extras)
        }
    }

    /// The fields the format does not know, in the order they were read; a field given twice
    /// keeps its first value.
    public var extras: [ExtraDraft] {
        get {
            switch storage {
            case .fields(_, let extras):
                return extras
            case .row(let cells, let columns):
                return columns.extraColumns.compactMap { extra in
                    guard extra.column < cells.count, !cells[extra.column].isBlank else { return nil }
                    return ExtraDraft(name: extra.name, value: Located(.text(cells[extra.column]), at: location))
                }
            }
        }
        set {
            storage = .fields(materialized(), extras: newValue)
        }
    }

    /// Keeps a field the format does not know, unless one of that name is kept already.
    public mutating func keepExtra(_ name: String, _ value: Located<FieldValue>) {
        guard !extras.contains(where: { $0.name == name }) else { return }
        extras.append(ExtraDraft(name: name, value: value))
    }

    /// The fields as entries (a table row read into them).
    private func materialized() -> [Entry] {
        switch storage {
        case .fields(let entries, _):
            return entries
        case .row:
            return Field.allCases.compactMap { field in self[field].map { Entry(field: field, value: $0) } }
        }
    }
}

extension String {
    /// The items of a list cell, split at `|` as `split(separator: "|")` splits it: by bytes
    /// when every `|` stands between ASCII characters (no combining mark or prepended
    /// character can join it into a larger character then), else by characters.
    ///
    /// - Complexity: O(n).
    var listItems: [String] {
        let bytewise = utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            let bar = UInt8(ascii: "|")
            for index in bytes.indices where bytes[index] == bar {
                if index > 0 && bytes[index - 1] >= 0x80 { return nil }
                if index + 1 < bytes.count && bytes[index + 1] >= 0x80 { return nil }
            }
            return bytes.split(separator: bar).map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) }
        }
        return (bytewise ?? nil) ?? split(separator: "|").map(String.init)
    }

    /// Whether the text is empty or white space only.
    ///
    /// - Complexity: O(n); no Unicode property look-up for ASCII text.
    public var isBlank: Bool {
        for byte in utf8 {
            if byte == 0x20 || byte == 0x09 { continue }
            if byte < 0x80 && !(0x0A...0x0D).contains(byte) { return false }
            return allSatisfy(\.isWhitespace)
        }
        return true
    }
}

/// One file's landscape as read.
public struct LandscapeDraft: Sendable {
    /// The path as the user gave it; diagnostics name it.
    public var file: String
    public var title: Located<String>?
    public var language: Located<String>?
    public var asOf: Located<String>?
    public var needs: [Located<String>]
    public var actors: [RecordDraft<ActorField>]
    public var ties: [RecordDraft<TieField>]

    public init(
        file: String, title: Located<String>? = nil, language: Located<String>? = nil,
        asOf: Located<String>? = nil, needs: [Located<String>] = [],
        actors: [RecordDraft<ActorField>] = [], ties: [RecordDraft<TieField>] = []
    ) {
        self.file = file
        self.title = title
        self.language = language
        self.asOf = asOf
        self.needs = needs
        self.actors = actors
        self.ties = ties
    }
}
