/// The value of one Graphviz attribute, typed by where its text comes from.
///
/// User text (names, municipalities, topics, titles) only ever travels as `.text` or
/// `.tooltip`; the Graphviz layer escapes each kind so that Graphviz shows it literally.
/// `.value` holds only what this module chose itself (shapes, colours, numbers, identifiers
/// restricted to `[A-Za-z0-9_-]`), which needs no escaping.
public enum AttributeValue: Hashable, Sendable, Codable {
    /// A Graphviz value chosen by the program: a shape, a colour, a number, a safe identifier.
    case value(String)
    /// Text to display literally in a label; line breaks are kept, centred or left-aligned.
    case text(String, Justification)
    /// Text to show on hover (`tooltip`), literally; line breaks are kept.
    case tooltip(String)
    /// Left-aligned lines of text, each with its own size and weight (a title and its
    /// subtitle). Graphviz draws them as an HTML-like label built by the Graphviz layer.
    case lines([TextLine])

    /// How the lines of a label are aligned.
    public enum Justification: String, Hashable, Sendable, Codable {
        case center, left
    }

    /// Centred display text.
    public static func text(_ text: String) -> AttributeValue { .text(text, .center) }
}

/// One `name=value` pair for a graph, cluster, node or edge.
public struct Attribute: Hashable, Sendable, Codable {
    public var name: String
    public var value: AttributeValue

    public init(_ name: String, _ value: AttributeValue) {
        self.name = name
        self.value = value
    }
}

/// An ordered set of attributes: setting a name again replaces its value in place, so the
/// order (and everything derived from it, such as golden files) stays stable.
public struct Attributes: Hashable, Sendable, Codable, Sequence, ExpressibleByDictionaryLiteral {
    public private(set) var entries: [Attribute] = []

    public init() {}

    /// Literal values, in the order written: `["shape": "box", "color": "#000000"]`.
    public init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements { self[name] = .value(value) }
    }

    public subscript(name: String) -> AttributeValue? {
        get { entries.first { $0.name == name }?.value }
        set {
            if let index = entries.firstIndex(where: { $0.name == name }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append(Attribute(name, newValue))
            }
        }
    }

    /// Sets a program-chosen value.
    public mutating func set(_ name: String, _ value: String) { self[name] = .value(value) }

    /// The program-chosen value of `name`, if it is one.
    public func value(_ name: String) -> String? {
        if case .value(let text)? = self[name] { return text }
        return nil
    }

    /// Adds every attribute of `other`, replacing those of the same name.
    public mutating func merge(_ other: Attributes) {
        for entry in other.entries { self[entry.name] = entry.value }
    }

    public func makeIterator() -> IndexingIterator<[Attribute]> { entries.makeIterator() }
}

/// One line of a `.lines` label.
public struct TextLine: Hashable, Sendable, Codable {
    public var text: String
    /// Font size in points.
    public var size: Double
    public var bold: Bool

    public init(_ text: String, size: Double, bold: Bool = false) {
        self.text = text
        self.size = size
        self.bold = bold
    }
}
