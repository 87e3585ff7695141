import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A Graphviz SVG made fit to sit inside the report: parsed, and written again through the
/// report's escaping.
///
/// - The XML declaration, the DOCTYPE, comments and processing instructions go (they are not
///   allowed, or not wanted, inside HTML).
/// - Every `id` gets a prefix, and so do references to ids (`#id`, `url(#id)`), so that two
///   diagrams in one document never share an id.
/// - Graphviz's `<title>` elements go: they hold synthetic node names (`a0`, `a0->a1`); the
///   tooltips worth showing are the `xlink:title` attributes, which stay. One `<title>` with
///   the caption is added for screen readers.
/// - Only drawing elements stay: no script, `foreignObject`, `image`, no event attributes, no
///   link that leaves the document. (Graphviz writes none of these for a landscape; this is
///   defence in depth.)
/// - `width` and `height` go, so that CSS scales the drawing to the page; the `viewBox` keeps
///   its proportions.
///
/// Attributes are written in sorted order, so the same SVG always gives the same markup.
enum EmbeddedSVG {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The embedded drawing and what tiles of it need: its `viewBox` and the (prefixed) id of
    /// the group that holds the whole drawing.
    struct Drawing {
        var node: Node
        var width: Double
        var height: Double
        var groupID: String?
    }

    static let allowedElements: Set<String> = [
        "svg", "g", "a", "path", "polygon", "polyline", "ellipse", "circle", "rect", "line", "text", "tspan",
        "defs", "linearGradient", "radialGradient", "stop", "clipPath", "marker", "use",
    ]

    /// The SVG `data` as a node, ids prefixed with `prefix` (letters, digits and `-` only).
    static func drawing(_ data: Data, prefix: String, caption: String) throws(Failure) -> Drawing {
        let rewriter = Rewriter(prefix: prefix, caption: caption)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = rewriter
        guard parser.parse(), rewriter.depth == 0, !rewriter.output.isEmpty else {
            throw Failure(description: parser.parserError.map { "\($0)" } ?? "the diagram is not well-formed SVG")
        }
        let box = (rewriter.viewBox ?? "").split(separator: " ").compactMap { Double($0) }
        return Drawing(node: .trusted(rewriter.output), width: box.count == 4 ? box[2] : 0, height: box.count == 4 ? box[3] : 0,
                       groupID: rewriter.firstGroupID)
    }

    private final class Rewriter: NSObject, XMLParserDelegate {
        let prefix: String
        let caption: String
        var output = ""
        /// Open elements that are written.
        var depth = 0
        /// Depth inside a skipped element (0 when not skipping).
        var skipping = 0
        var text = ""
        /// The root's `viewBox` and the id of the first group (Graphviz's whole graph).
        var viewBox: String?
        var firstGroupID: String?

        init(prefix: String, caption: String) {
            self.prefix = prefix
            self.caption = caption
        }

        func flushText() {
            if skipping == 0 { output += Escaping.text(text) }
            text = ""
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            flushText()
            if skipping > 0 || !EmbeddedSVG.allowedElements.contains(elementName) {
                skipping += 1
                return
            }
            let isRoot = depth == 0
            if isRoot { viewBox = attributes["viewBox"] }
            if elementName == "g", firstGroupID == nil, let id = attributes["id"] { firstGroupID = prefix + id }
            var kept: [(String, String)] = []
            for (key, value) in attributes.sorted(by: { $0.key < $1.key }) {
                let lower = key.lowercased()
                if lower.hasPrefix("on") || lower == "style" && value.lowercased().contains("url(") && !value.contains("url(#") { continue }
                if isRoot && (lower == "width" || lower == "height") { continue }
                if lower == "id" {
                    kept.append((key, prefix + value))
                } else if lower == "href" || lower == "xlink:href" {
                    guard value.hasPrefix("#") else { continue }
                    kept.append((key, "#" + prefix + value.dropFirst()))
                } else {
                    kept.append((key, value.replacingOccurrences(of: "url(#", with: "url(#" + prefix)))
                }
            }
            if isRoot {
                kept.append(("role", "img"))
                kept.append(("aria-label", caption))
                if !kept.contains(where: { $0.0 == "xmlns" }) { kept.append(("xmlns", "http://www.w3.org/2000/svg")) }
            }
            output += "<" + elementName
            for (key, value) in kept { output += " " + key + "=\"" + Escaping.attribute(value) + "\"" }
            output += ">"
            if isRoot { output += "<title>" + Escaping.text(caption) + "</title>" }
            depth += 1
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            if skipping > 0 {
                text = ""
                skipping -= 1
                return
            }
            flushText()
            output += "</" + elementName + ">"
            depth -= 1
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            text += String(decoding: CDATABlock, as: UTF8.self)
        }
    }
}

extension Node {
    /// A Graphviz SVG made fit to sit inside an HTML page, as the report embeds its diagrams
    /// (`EmbeddedSVG`): no declaration, script or outside link, every id prefixed with
    /// `idPrefix` (letters, digits and `-`; may be empty), `caption` as its accessible name.
    /// `nil` when `data` is not well-formed SVG.
    ///
    /// - Complexity: O(n) for n bytes of SVG.
    public static func embeddedSVG(_ data: Data, idPrefix: String, caption: String) -> Node? {
        try? EmbeddedSVG.drawing(data, prefix: idPrefix, caption: caption).node
    }
}
