import LandscapeCore

/// The landscape's data as DOT attributes, beside the renderer's styling: names as in the
/// YAML format (`name`, `kind`, `municipality`, `sectors` …; ties `kind`, `weight`, `since`,
/// `until`, `formal`, `note`; the graph `title`, `language`, `as_of`, `needs`), and `actor`
/// for the id of the actor a node (`a0`, `a1` …) draws. List fields are joined with `|`.
///
/// Graphviz keeps attributes it does not know as they are, and its DOT writer only escapes
/// quotes, so a backslash before the closing quote would end a value early. Values are
/// therefore written with escString's conventions, which the reader undoes: `\\` for a
/// backslash, `\n`, `\r` and `\t` for line feed, carriage return and tab.
public enum DOTDataText {
    public static func encode(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "\u{0}": out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Undoes `encode`; other backslashes (`C:\path` written by hand) stay as they are.
    static func decode(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\" else { out.append(scalar); continue }
            guard let next = scalars.next() else { out.append(scalar); break }
            switch next {
            case "\\": out.append("\\")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            default: out.append(scalar); out.append(next)
            }
        }
        return String(out)
    }

    /// A plain label as a name: escString's line breaks (`\n`, `\l`, `\r`) become spaces and
    /// `\\` a backslash; `\N` (the node's name) is replaced.
    static func labelText(_ label: String, nodeName: String) -> String {
        var out = ""
        var scalars = label.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\" else { out.unicodeScalars.append(scalar); continue }
            guard let next = scalars.next() else { out.unicodeScalars.append(scalar); break }
            switch next {
            case "n", "l", "r": out += " "
            case "N": out += nodeName
            case "\\": out += "\\"
            default: out.unicodeScalars.append(next)
            }
        }
        return out.split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }
}

/// Which DOT attributes carry a landscape's fields (see `DOTDataText`), for a writer that puts
/// them beside a drawing's own attributes, and what DOT cannot carry.
public enum DOTData {
    /// The graph's attributes: `title`, `language`, `as_of`, `needs`, encoded.
    public static func graphAttributes(of landscape: Landscape) -> [(name: String, value: String)] {
        var attributes: [(name: String, value: String)] = []
        func set(_ name: String, _ value: String?) {
            if let value { attributes.append((name, DOTDataText.encode(value))) }
        }
        set("title", landscape.title)
        set("language", landscape.language.rawValue)
        set("as_of", landscape.asOf?.description)
        set("needs", list(landscape.needs))
        return attributes
    }

    /// An actor's node attributes: `actor` (the id), `name`, `kind` … `note`, encoded.
    public static func attributes(of actor: Actor) -> [(name: String, value: String)] {
        var attributes: [(name: String, value: String)] = []
        func set(_ name: String, _ value: String?) {
            if let value { attributes.append((name, DOTDataText.encode(value))) }
        }
        set("actor", actor.id.rawValue)
        set("name", actor.name)
        set("kind", actor.kind.rawValue)
        set("municipality", actor.municipality)
        set("sectors", list(actor.sectors.map(\.rawValue)))
        set("topics", list(actor.topics))
        set("target_groups", list(actor.targetGroups))
        set("programs", list(actor.programs.map(\.rawValue)))
        set("since", actor.period.since?.description)
        set("until", actor.period.until?.description)
        set("contact", actor.contact)
        set("note", actor.note)
        return attributes
    }

    /// A tie's edge attributes: `kind`, `weight`, `since`, `until`, `formal`, `note`, `status`, encoded.
    public static func attributes(of tie: Tie) -> [(name: String, value: String)] {
        var attributes: [(name: String, value: String)] = []
        func set(_ name: String, _ value: String?) {
            if let value { attributes.append((name, DOTDataText.encode(value))) }
        }
        set("kind", tie.kind.rawValue)
        set("weight", number(tie.weight))
        set("since", tie.period.since?.description)
        set("until", tie.period.until?.description)
        set("formal", tie.formal ? "true" : "false")
        set("note", tie.note)
        set("status", tie.status == .existing ? nil : tie.status.rawValue)
        return attributes
    }

    private static func list(_ items: [String]) -> String? { items.isEmpty ? nil : items.joined(separator: "|") }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// What DOT cannot carry: `|` inside list items, NUL characters, tie ends that read back
    /// ambiguously, and tie ids (the renderer names its edges).
    public static func losses(_ landscape: Landscape) -> [FormatLoss] {
        var check = LossCheck(format: .dot)
        var separators: [(String, ActorID)] = []
        var nul = 0
        for actor in landscape.actors {
            for item in actor.topics + actor.targetGroups + actor.programs.map(\.rawValue) where item.contains("|") {
                separators.append((item, actor.id))
            }
            let texts = [actor.id.rawValue, actor.name, actor.municipality ?? "", actor.contact ?? "", actor.note ?? ""] + actor.topics + actor.targetGroups
            nul += texts.filter { $0.unicodeScalars.contains("\u{0}") }.count
        }
        nul += landscape.ties.filter { $0.note?.unicodeScalars.contains("\u{0}") == true }.count
        if let first = separators.first {
            check.losses.append(.listSeparators(count: separators.count, example: first.0, owner: .actor(first.1), format: .dot))
        }
        if nul > 0 { check.losses.append(.nulCharacters(count: nul, format: .dot)) }
        check.references(landscape)
        check.tieIDs(landscape)
        check.extraFields(landscape)
        return check.losses
    }
}
