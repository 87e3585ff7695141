/// One message text, cut at its placeholders: `{name}` stands for an argument, `{count}` in a
/// plural message for the number that chose the form, `{{` and `}}` for a literal brace.
struct Template: Equatable {
    enum Segment: Equatable {
        case literal(String)
        case placeholder(String)
    }

    var segments: [Segment]

    /// The placeholders in order of first appearance.
    var placeholders: [String] {
        var seen: [String] = []
        for case .placeholder(let name) in segments where !seen.contains(name) { seen.append(name) }
        return seen
    }

    /// Cuts `text`; a brace that opens no well-formed placeholder is a problem, told by its offset.
    init(parsing text: String) throws(CatalogProblem) {
        segments = []
        var literal = ""
        var rest = Substring(text)
        while let character = rest.first {
            rest = rest.dropFirst()
            switch character {
            case "{" where rest.first == "{", "}" where rest.first == "}":
                literal.append(character)
                rest = rest.dropFirst()
            case "{":
                guard let close = rest.firstIndex(of: "}") else { throw .text("a `{` without its `}`") }
                let name = String(rest[..<close])
                guard Identifier.isValid(name) else { throw .text("`{\(name)}` is not a placeholder: use letters and digits, as in {name}") }
                if !literal.isEmpty { segments.append(.literal(literal)); literal = "" }
                segments.append(.placeholder(name))
                rest = rest[rest.index(after: close)...]
            case "}":
                throw .text("a `}` without its `{` (write `}}` for a brace)")
            default:
                literal.append(character)
            }
        }
        if !literal.isEmpty { segments.append(.literal(literal)) }
    }
}

/// Names in catalogs and the Swift names made of them.
enum Identifier {
    static func isValid(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
    }

    /// `report-figures` → `reportFigures`; `["centralization", "oneHub"]` → `centralizationOneHub`.
    static func camelCase(_ parts: [String]) -> String {
        let words = parts.flatMap { $0.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init) }
        return words.enumerated().map { index, word in index == 0 ? word : word.prefix(1).uppercased() + word.dropFirst() }.joined()
    }
}

/// What is wrong with a catalog, before its place is known.
enum CatalogProblem: Error {
    case text(String)
}
