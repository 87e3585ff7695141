import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What an SVG written by Graphviz holds, read with Foundation's XML parser: the groups
/// (`<g>`) with their id and class, the texts and hover titles inside each group.
struct SVGDocument {
    struct Group {
        var id: String
        var classes: [String]
        /// The `<text>` contents inside the group, in order.
        var texts: [String] = []
        /// The `xlink:title` of links inside the group (Graphviz's tooltips).
        var titles: [String] = []
    }

    var groups: [Group] = []
    /// Every `<text>` of the document.
    var texts: [String] = []

    /// Groups whose class list contains all of `classes`.
    func groups(_ classes: String...) -> [Group] {
        groups.filter { group in classes.allSatisfy(group.classes.contains) }
    }

    /// Parses `data`; throws when it is not well-formed XML.
    static func parse(_ data: Data) throws -> SVGDocument {
        let delegate = Delegate()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else {
            throw SVGError(message: parser.parserError.map { "\($0)" } ?? "not well-formed", line: parser.lineNumber)
        }
        return delegate.document
    }

    struct SVGError: Error, CustomStringConvertible {
        var message: String
        var line: Int
        var description: String { "SVG line \(line): \(message)" }
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var document = SVGDocument()
        /// Indices into `document.groups` of the open `<g>` elements that are Graphviz objects.
        var open: [Int?] = []
        var text: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "g":
                if let classes = attributes["class"] {
                    document.groups.append(Group(id: attributes["id"] ?? "", classes: classes.split(separator: " ").map(String.init)))
                    open.append(document.groups.count - 1)
                } else {
                    open.append(nil)
                }
            case "a":
                if let title = attributes["xlink:title"], let index = open.last(where: { $0 != nil }) ?? nil {
                    document.groups[index].titles.append(title)
                }
            case "text":
                text = ""
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text? += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "g":
                _ = open.popLast()
            case "text":
                if let text {
                    document.texts.append(text)
                    if let index = open.last(where: { $0 != nil }) ?? nil { document.groups[index].texts.append(text) }
                }
                text = nil
            default:
                break
            }
        }
    }
}
