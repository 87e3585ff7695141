import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import LandscapeCore

/// An element of an XML document as read, with the place of its start tag.
struct XMLTreeElement {
    /// The local name (without prefix).
    var name: String
    var namespace: String?
    var attributes: [String: String]
    var children: [XMLTreeElement] = []
    /// The character data directly inside the element.
    var text = ""
    var location: SourceLocation

    /// The first child called `name`.
    func child(_ name: String) -> XMLTreeElement? { children.first { $0.name == name } }

    /// The children called `name`.
    func children(_ name: String) -> [XMLTreeElement] { children.filter { $0.name == name } }

    /// Every descendant called `name`, depth first.
    func descendants(_ name: String) -> [XMLTreeElement] {
        var found: [XMLTreeElement] = []
        for child in children {
            if child.name == name { found.append(child) }
            found += child.descendants(name)
        }
        return found
    }

    /// The text of the element and all its descendants, in document order.
    var allText: String { text + children.map(\.allText).joined() }
}

/// Reads an XML document into a tree of `XMLTreeElement`s with Foundation's `XMLParser`
/// (libxml2), safely:
///
/// - entity declarations (`<!ENTITY`) are refused before parsing, so neither entity expansion
///   ("billion laughs") nor external entities (reading local files or URLs) can happen; the
///   parser is also told not to resolve external entities;
/// - the text is decoded here (UTF-8, UTF-16 with byte-order mark, or a declared ISO-8859-1 /
///   Windows-1252) and handed to libxml2 as UTF-8, so every position is known;
/// - the first syntax error is reported with its line and column, and parsing stops.
///
/// - Complexity: O(n) time and space for a document of n bytes.
enum XMLTree {
    /// Nesting deeper than this is refused (no landscape format needs more than a few levels).
    static let depthLimit = 256

    /// The document's root element when it is `<expected>`, as the GraphML and GEXF readers
    /// need; an error otherwise.
    static func parse(_ bytes: [UInt8], file: String, root expected: String, diagnostics: inout [Diagnostic]) -> XMLTreeElement? {
        guard let root = parse(bytes, file: file, diagnostics: &diagnostics) else { return nil }
        guard root.name == expected else {
            diagnostics.append(.error(.xml(.wrongRoot(found: root.name, expected: expected)), at: root.location))
            return nil
        }
        return root
    }

    static func parse(_ bytes: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> XMLTreeElement? {
        guard let text = decode(bytes, file: file, diagnostics: &diagnostics) else { return nil }
        if text.allSatisfy(\.isWhitespace) {
            diagnostics.append(.error(.file(.empty), at: SourceLocation(file: file, line: 1, column: 1)))
            return nil
        }
        let utf8 = Array(text.utf8)
        let lines = LineTable(utf8)
        if let offset = find(Array("<!ENTITY".utf8), in: utf8) {
            diagnostics.append(.error(.xml(.entityDeclaration), at: lines.location(ofByte: offset, file: file)))
            return nil
        }
        let parser = XMLParser(data: Data(utf8))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        let builder = TreeBuilder(file: file, lines: lines)
        parser.delegate = builder
        _ = parser.parse()
        if let error = builder.error {
            diagnostics.append(error)
            return nil
        }
        if let error = parser.parserError {
            let code = (error as NSError).code
            diagnostics.append(.error(.xml(.syntax(syntax(forCode: code))), at: SourceLocation(file: file, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))))
            return nil
        }
        guard let root = builder.root else {
            diagnostics.append(.error(.xml(.noElement), at: SourceLocation(file: file, line: 1, column: 1)))
            return nil
        }
        return root
    }

    // MARK: Decoding

    /// The document's text. UTF-8 unless a byte-order mark or the XML declaration says otherwise.
    static func decode(_ bytes: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> String? {
        let start = SourceLocation(file: file, line: 1, column: 1)
        var text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let decoded = String(data: Data(bytes.dropFirst(2)), encoding: encoding) else {
                diagnostics.append(.error(.encoding(.invalidUTF16), at: start))
                return nil
            }
            text = decoded
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            if let zero = body.firstIndex(of: 0) {
                diagnostics.append(.error(.encoding(.nulBytes(expected: .xml)), at: LineTable(body).location(ofByte: zero, file: file)))
                return nil
            }
            let declaredName = declaredEncoding(body)
            let declared = declaredName?.lowercased()
            switch declared {
            case nil, "utf-8", "utf8", "us-ascii", "ascii", "utf-16", "utf16":
                guard let decoded = String(validating: body, as: UTF8.self) else {
                    let offset = TextDecoding.firstInvalidUTF8Offset(body) ?? 0
                    diagnostics.append(.error(.encoding(.notUTF8(undeclared: true)), at: LineTable(body).location(ofByte: offset, file: file)))
                    return nil
                }
                text = decoded
            case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "windows-1252", "cp1252", "iso-8859-15":
                guard let decoded = String(data: Data(body), encoding: .windowsCP1252) ?? String(data: Data(body), encoding: .isoLatin1) else {
                    diagnostics.append(.error(.encoding(.unsupported(name: declared ?? "")), at: start))
                    return nil
                }
                text = decoded
            case .some:
                diagnostics.append(.error(.encoding(.unsupported(name: declaredName ?? "")), at: start))
                return nil
            }
        }
        // The text goes to libxml2 as UTF-8: drop the declaration's encoding so it agrees.
        if text.hasPrefix("<?xml"), let end = text.range(of: "?>") {
            let declaration = String(text[..<end.lowerBound])
            if let range = declaration.range(of: #"\s+encoding\s*=\s*("[^"]*"|'[^']*')"#, options: .regularExpression) {
                let padded = String(repeating: " ", count: declaration[range].count)
                text = declaration.replacingCharacters(in: range, with: padded) + text[end.lowerBound...]
            }
        }
        return text
    }

    /// The `encoding` of the XML declaration, if the bytes start with one.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        guard bytes.starts(with: Array("<?xml".utf8)) else { return nil }
        let head = bytes.prefix(200)
        guard let end = find(Array("?>".utf8), in: Array(head)) else { return nil }
        let declaration = String(decoding: head.prefix(end), as: UTF8.self)
        guard let range = declaration.range(of: #"encoding\s*=\s*("[^"]*"|'[^']*')"#, options: .regularExpression) else { return nil }
        let value = declaration[range].drop { $0 != "\"" && $0 != "'" }.dropFirst().dropLast()
        return String(value)
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// libxml2's error codes (as `XMLParser.ErrorCode`) by what they mean.
    static func syntax(forCode code: Int) -> ReadingProblem.XML.Syntax {
        switch code {
        case 4: .noDocument
        case 5: .endsEarly
        case 9: .forbiddenCharacter
        case 23: .bareAmpersand
        case 26: .undeclaredEntity
        case 38, 39, 40, 41: .unquotedAttribute
        case 42, 43: .malformedAttribute
        case 65, 73: .unclosedTag
        case 68: .nameExpected
        case 76: .mismatchedEndTag
        case 85: .unclosedElement
        case 89: .entityLoop
        case 111: .repeatedAttribute
        default: .other(code: code)
        }
    }
}

/// Line starts of a UTF-8 text, to turn byte offsets and libxml2's positions into locations.
struct LineTable {
    let bytes: [UInt8]
    /// Byte offset of the start of each line.
    let starts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        self.starts = starts
    }

    /// Line and column (in Unicode scalars) of a byte offset.
    func location(ofByte offset: Int, file: String) -> SourceLocation {
        let offset = min(max(0, offset), bytes.count)
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let column = bytes[starts[low]..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } + 1
        return SourceLocation(file: file, line: low + 1, column: column)
    }

    /// The byte offset of a 1-based line and column counted in characters.
    func offset(line: Int, column: Int) -> Int {
        guard line >= 1, line <= starts.count else { return bytes.count }
        var offset = starts[line - 1]
        var remaining = column - 1
        while remaining > 0, offset < bytes.count, bytes[offset] != 0x0A {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return offset
    }

    /// The `<` that opens the tag whose end libxml2 reported at `line`:`column`.
    func tagStart(line: Int, column: Int, file: String) -> SourceLocation {
        var offset = min(offset(line: line, column: column), bytes.count - 1)
        while offset > 0, bytes[offset] != UInt8(ascii: "<") { offset -= 1 }
        return location(ofByte: offset, file: file)
    }
}

/// Builds the tree from the parser's events.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    let file: String
    let lines: LineTable
    var stack: [XMLTreeElement] = []
    var root: XMLTreeElement?
    var error: Diagnostic?

    init(file: String, lines: LineTable) {
        self.file = file
        self.lines = lines
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let location = lines.tagStart(line: parser.lineNumber, column: parser.columnNumber, file: file)
        guard stack.count < XMLTree.depthLimit else {
            error = .error(.xml(.tooDeep(limit: XMLTree.depthLimit)), at: location)
            parser.abortParsing()
            return
        }
        var plain: [String: String] = [:]
        for (key, value) in attributes {
            let local = key.split(separator: ":").last.map(String.init) ?? key
            // Unprefixed names win over prefixed ones of the same local name.
            if !key.contains(":") || plain[local] == nil { plain[local] = value }
        }
        let name = elementName.split(separator: ":").last.map(String.init) ?? elementName
        stack.append(XMLTreeElement(name: name, namespace: namespaceURI?.isEmpty == false ? namespaceURI : nil, attributes: plain, location: location))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let element = stack.popLast() else { return }
        if stack.isEmpty {
            if root == nil { root = element }
        } else {
            stack[stack.count - 1].children.append(element)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard error == nil else { return }
        let code = (parseError as NSError).code
        error = .error(.xml(.syntax(XMLTree.syntax(forCode: code))), at: SourceLocation(file: file, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber)))
        parser.abortParsing()
    }
}
