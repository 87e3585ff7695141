/// A piece of markup: an element with attributes and children, or text.
///
/// Text and attribute values are escaped when the tree is written, so user text can enter a
/// report only as `.text` or as an attribute value — never as markup. The one way to put
/// markup in unescaped is `Node.trusted`, used for the style sheet (a constant) and for the
/// diagrams, which `EmbeddedSVG` has parsed and written again through this escaping.
///
/// The serialisation is XHTML-compatible HTML5 ("polyglot"): void elements are closed with
/// ` />`, every other element has an end tag, only the five XML entities are used, and
/// characters XML forbids become U+FFFD. So a report parses both as HTML5 and as XML.
public struct Node: Sendable {
    enum Content: Sendable {
        case element(name: String, attributes: [(String, String)], children: [Node])
        case text(String)
        case trusted(String)
    }

    let content: Content

    /// An element. `attributes` keep their order; an attribute whose value is `nil` is left out.
    public static func element(_ name: String, _ attributes: [(String, String?)] = [], _ children: [Node] = []) -> Node {
        Node(content: .element(name: name, attributes: attributes.compactMap { key, value in value.map { (key, $0) } },
                               children: children))
    }

    /// Text, escaped when written.
    public static func text(_ text: String) -> Node { Node(content: .text(text)) }

    /// Markup written as it is. Only for text this module produced itself.
    static func trusted(_ markup: String) -> Node { Node(content: .trusted(markup)) }

    /// Nothing (an empty text).
    public static let empty = Node(content: .text(""))

    /// HTML elements without an end tag.
    static let voidElements: Set<String> = ["meta", "link", "br", "hr", "img", "col", "wbr", "input"]

    /// The markup of this node.
    public var markup: String {
        var output = ""
        write(to: &output)
        return output
    }

    func write(to output: inout String) {
        switch content {
        case .text(let text):
            output += Escaping.text(text)
        case .trusted(let markup):
            output += markup
        case .element(let name, let attributes, let children):
            output += "<" + name
            for (key, value) in attributes {
                output += " " + key + "=\"" + Escaping.attribute(value) + "\""
            }
            if children.isEmpty {
                // SVG elements may close themselves; HTML elements other than void ones may not.
                if Self.voidElements.contains(name) || Self.svgElements.contains(name) {
                    output += " />"
                    return
                }
                output += "></" + name + ">"
                return
            }
            output += ">"
            for child in children { child.write(to: &output) }
            output += "</" + name + ">"
        }
    }

    /// SVG shapes, written self-closed when empty. (Not `title`, `text` or `g`: an empty
    /// HTML `<title />` would swallow the rest of the document in an HTML parser.)
    static let svgElements: Set<String> = ["rect", "line", "path", "circle", "ellipse", "polygon", "polyline"]
}

/// Escaping for text and attribute values, shared by the HTML and the SVG this module writes.
enum Escaping {
    /// `&`, `<`, `>` escaped; characters XML 1.0 does not allow replaced.
    static func text(_ text: String) -> String {
        escaped(text, inAttribute: false)
    }

    /// `text` escaping plus both quotes; line breaks and tabs as character references, so
    /// that they survive attribute-value normalisation.
    static func attribute(_ text: String) -> String {
        escaped(text, inAttribute: true)
    }

    private static func escaped(_ text: String, inAttribute: Bool) -> String {
        var output = ""
        output.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where inAttribute: output += "&quot;"
            case "'" where inAttribute: output += "&#39;"
            case "\n" where inAttribute: output += "&#10;"
            case "\r" where inAttribute: output += "&#13;"
            case "\t" where inAttribute: output += "&#9;"
            default: output.unicodeScalars.append(allowed(scalar))
            }
        }
        return output
    }

    /// The scalar, or U+FFFD where XML 1.0 forbids it (C0 controls other than tab, line feed and
    /// carriage return; U+FFFE, U+FFFF) and where HTML warns (other C1 controls, U+007F).
    static func allowed(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return scalar
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return "\u{FFFD}"
        default: return scalar
        }
    }
}
