import Foundation
import LandscapeCore

/// Writes the canonical YAML format (`docs/format.md`): fixed key order (top level: title,
/// language, as_of, needs, actors, ties; fields in the order of the format's tables), kinds
/// and sectors by their canonical English names, absent fields left out, `id` left out where
/// it equals the name, a tie's `id` only where it has one, `weight` only when not 1 and `formal` only when true. Texts are plain
/// where that is unambiguous, double-quoted (with escapes) otherwise. Reading the output gives
/// the same landscape.
///
/// - Complexity: O(A + T + S) time and space for A actors, T ties and S characters of text.
public struct YAMLWriter: LandscapeWriter {
    public init() {}

    public func write(_ landscape: Landscape) -> WriteResult {
        var check = LossCheck(format: .yaml)
        check.references(landscape)
        var out = ""
        if let title = landscape.title { out += "title: \(Self.scalar(title))\n" }
        out += "language: \(landscape.language.rawValue)\n"
        if let asOf = landscape.asOf { out += "as_of: \(asOf)\n" }
        if !landscape.needs.isEmpty {
            out += "needs:\n"
            for need in landscape.needs { out += "  - \(Self.scalar(need))\n" }
        }
        out += landscape.actors.isEmpty ? "actors: []\n" : "actors:\n"
        for actor in landscape.actors {
            var lines: [(String, String)] = []
            if actor.id.rawValue != actor.name { lines.append(("id", Self.scalar(actor.id.rawValue))) }
            lines.append(("name", Self.scalar(actor.name)))
            lines.append(("kind", actor.kind.rawValue))
            if let municipality = actor.municipality { lines.append(("municipality", Self.scalar(municipality))) }
            if !actor.sectors.isEmpty { lines.append(("sectors", Self.flow(actor.sectors.map(\.rawValue)))) }
            if !actor.topics.isEmpty { lines.append(("topics", Self.flow(actor.topics))) }
            if !actor.targetGroups.isEmpty { lines.append(("target_groups", Self.flow(actor.targetGroups))) }
            if !actor.programs.isEmpty { lines.append(("programs", Self.flow(actor.programs.map(\.rawValue)))) }
            if let since = actor.period.since { lines.append(("since", since.description)) }
            if let until = actor.period.until { lines.append(("until", until.description)) }
            if let contact = actor.contact { lines.append(("contact", Self.scalar(contact))) }
            if let note = actor.note { lines.append(("note", Self.scalar(note))) }
            out += Self.item(lines + Self.extraLines(actor.extra))
        }
        out += landscape.ties.isEmpty ? "ties: []\n" : "ties:\n"
        for tie in landscape.ties {
            var lines: [(String, String)] = tie.id.map { [("id", Self.scalar($0.rawValue))] } ?? []
            lines += [("from", Self.scalar(tie.from.rawValue)), ("to", Self.scalar(tie.to.rawValue)), ("kind", tie.kind.rawValue)]
            if tie.weight != 1 { lines.append(("weight", Spelling.number(tie.weight))) }
            if let since = tie.period.since { lines.append(("since", since.description)) }
            if let until = tie.period.until { lines.append(("until", until.description)) }
            if tie.formal { lines.append(("formal", "true")) }
            if let note = tie.note { lines.append(("note", Self.scalar(note))) }
            if tie.status != .existing { lines.append(("status", tie.status.rawValue)) }
            out += Self.item(lines + Self.extraLines(tie.extra))
        }
        return WriteResult(output: .file(Data(out.utf8)), losses: check.losses)
    }

    static func item(_ lines: [(String, String)]) -> String {
        var out = ""
        for (index, (key, value)) in lines.enumerated() {
            out += (index == 0 ? "  - " : "    ") + "\(key): \(value)\n"
        }
        return out
    }

    /// The fields the format does not know, kept as they were read, after the known ones.
    static func extraLines(_ extra: [ExtraField]) -> [(String, String)] {
        extra.map { field in
            switch field.value {
            case .text(let text): (scalar(field.name), scalar(text))
            case .list(let items): (scalar(field.name), flow(items))
            }
        }
    }

    static func flow(_ items: [String]) -> String {
        "[" + items.map(scalar).joined(separator: ", ") + "]"
    }

    /// Words that YAML 1.1 or 1.2 read as null, booleans or numbers when plain.
    static let reservedWords: Set<String> = [
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", ".inf", "-.inf", "+.inf", ".nan",
    ]

    /// The text as a YAML scalar: plain when that reads back as the same text in any YAML
    /// reader (also inside a flow list), double-quoted otherwise.
    static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : doubleQuoted(text)
    }

    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first == " " || last == " " { return false }
        if "-?:,[]{}#&*!|>'\"%@`0123456789+.".unicodeScalars.contains(first) { return false }
        if reservedWords.contains(text.lowercased()) { return false }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        for scalar in text.unicodeScalars {
            switch scalar {
            case ",", "[", "]", "{", "}": return false
            case "\u{20}"..."\u{7E}": continue
            case "\u{A0}"..."\u{D7FF}", "\u{E000}"..."\u{FFFD}", "\u{10000}"..."\u{10FFFF}":
                if scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{FEFF}" { return false }
            default: return false
            }
        }
        return true
    }

    /// A double-quoted scalar: `\` and `"` escaped, and every character that is not printable
    /// in YAML (controls, line separators, byte-order mark) as an escape.
    static func doubleQuoted(_ text: String) -> String {
        escapes.apply(text, between: "\"", and: "\"")
    }

    static let escapes = ScalarEscapes([
        "\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
        "\u{0}": "\\0", "\u{85}": "\\N", "\u{2028}": "\\L", "\u{2029}": "\\P",
    ]) { scalar in
        let value = scalar.value
        let printable = (0x20...0x7E).contains(value) || (0xA0...0xD7FF).contains(value)
            || ((0xE000...0xFFFD).contains(value) && value != 0xFEFF) || value >= 0x10000
        if printable { return nil }
        return value <= 0xFF ? ScalarEscapes.hex(scalar, prefix: "\\x", digits: 2, uppercase: true)
            : ScalarEscapes.hex(scalar, prefix: "\\u", digits: 4, uppercase: true)
    }
}
