/// Writing text into XML 1.0 so that a parser gives back exactly the same text.
enum XMLText {
    /// Whether XML 1.0 can hold the scalar at all (even as a character reference): tab, line
    /// feed, carriage return, and everything from U+0020 except U+FFFE and U+FFFF.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    static func hasForbiddenCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { !isAllowed($0) }
    }

    /// The text with characters XML cannot hold replaced by U+FFFD.
    static func cleaned(_ text: String) -> String {
        guard hasForbiddenCharacters(text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isAllowed(scalar) ? scalar : "\u{FFFD}") }
        return String(out)
    }

    /// Escaped for element content or a double-quoted attribute value. Line breaks and tabs
    /// become character references so that attribute-value normalisation and CRLF
    /// normalisation leave them as they are.
    static func escaped(_ text: String) -> String {
        escapes.apply(text)
    }

    static let escapes = ScalarEscapes([
        "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;",
    ]) { scalar in
        isAllowed(scalar) ? nil : "\u{FFFD}"
    }
}

/// Builds an indented XML document line by line, deterministically.
struct XMLBuilder {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var depth = 0

    /// `name="value"` pairs in the order given.
    typealias Attributes = [(String, String)]

    private func tag(_ name: String, _ attributes: Attributes) -> String {
        var out = "<" + name
        for (key, value) in attributes { out += " \(key)=\"\(XMLText.escaped(value))\"" }
        return out
    }

    private var indent: String { String(repeating: "  ", count: depth) }

    mutating func open(_ name: String, _ attributes: Attributes = []) {
        text += indent + tag(name, attributes) + ">\n"
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        text += indent + "</\(name)>\n"
    }

    /// `<name …/>`.
    mutating func empty(_ name: String, _ attributes: Attributes = []) {
        text += indent + tag(name, attributes) + "/>\n"
    }

    /// `<name …>text</name>`.
    mutating func element(_ name: String, _ attributes: Attributes = [], text content: String) {
        text += indent + tag(name, attributes) + ">" + XMLText.escaped(content) + "</\(name)>\n"
    }
}
