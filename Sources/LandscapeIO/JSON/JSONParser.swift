import LandscapeCore

/// A JSON value as read, with the place where it starts. Numbers keep their text, so that
/// `2.50` reads as the user wrote it; object members keep their order and key places.
struct LocatedJSON {
    indirect enum Value {
        case null
        case bool(Bool)
        case number(String)
        case string(String)
        case array([LocatedJSON])
        case object([(key: Located<String>, value: LocatedJSON)])
    }

    var value: Value
    var location: SourceLocation

    /// How the value is described in a message: "the text 'x'", "a list" …
    var described: String {
        switch value {
        case .null: "null"
        case .bool(let flag): "\(flag)"
        case .number(let text): "the number \(text)"
        case .string(let text): "the text '\(text)'"
        case .array: "a list"
        case .object: "an object"
        }
    }
}

/// A strict JSON parser (RFC 8259) that records the line and column (in Unicode scalars) of
/// every value, so that problems in a value can be reported where it is. Foundation's parser
/// gives no positions. Nesting is limited to `depthLimit`; common mistakes (comments, trailing
/// commas, single quotes) get their own message.
///
/// - Complexity: O(n) time and space for a text of n Unicode scalars.
struct JSONParser {
    struct Failure: Error {
        var message: String
        var location: SourceLocation
    }

    static let depthLimit = 512

    private let scalars: [Unicode.Scalar]
    private let file: String
    private var index = 0
    private var line = 1
    private var column = 1
    private var depth = 0

    init(text: String, file: String) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        self.scalars = scalars
        self.file = file
    }

    static func parse(_ text: String, file: String) throws(Failure) -> LocatedJSON {
        var parser = JSONParser(text: text, file: file)
        parser.skipSpace()
        let value = try parser.parseValue()
        parser.skipSpace()
        if parser.index < parser.scalars.count {
            throw parser.failure("unexpected text after the end of the JSON value")
        }
        return value
    }

    private var here: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    private func failure(_ message: String, at location: SourceLocation? = nil) -> Failure {
        Failure(message: "JSON syntax error: \(message)", location: location ?? here)
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func advance() {
        guard index < scalars.count else { return }
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private mutating func skipSpace() {
        while let scalar = current, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" { advance() }
    }

    private mutating func parseValue() throws(Failure) -> LocatedJSON {
        let start = here
        guard let scalar = current else { throw failure("the text ends where a value is expected") }
        switch scalar {
        case "{": return try parseObject()
        case "[": return try parseArray()
        case "\"": return LocatedJSON(value: .string(try parseString()), location: start)
        case "-", "0"..."9": return LocatedJSON(value: .number(try parseNumber()), location: start)
        case "t": try literal("true"); return LocatedJSON(value: .bool(true), location: start)
        case "f": try literal("false"); return LocatedJSON(value: .bool(false), location: start)
        case "n": try literal("null"); return LocatedJSON(value: .null, location: start)
        case "'": throw failure("texts must be in double quotes (\"…\"), not single quotes")
        case "/": throw failure("JSON has no comments")
        case "]", "}": throw failure("a value is expected before '\(scalar)' (a trailing comma?)")
        default: throw failure("unexpected character '\(Character(scalar))' where a value is expected")
        }
    }

    private mutating func literal(_ word: String) throws(Failure) {
        let start = here
        for expected in word.unicodeScalars {
            guard current == expected else {
                throw failure("unexpected word where a value is expected (texts need double quotes)", at: start)
            }
            advance()
        }
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        if depth > Self.depthLimit { throw failure("lists and objects are nested more than \(Self.depthLimit) deep") }
    }

    private mutating func parseObject() throws(Failure) -> LocatedJSON {
        let start = here
        try enter()
        defer { depth -= 1 }
        advance()
        var members: [(key: Located<String>, value: LocatedJSON)] = []
        skipSpace()
        if current == "}" {
            advance()
            return LocatedJSON(value: .object(members), location: start)
        }
        while true {
            skipSpace()
            let keyStart = here
            guard current == "\"" else {
                if current == "}" { throw failure("a trailing comma before '}' is not allowed in JSON") }
                if current == "'" { throw failure("keys must be in double quotes (\"…\"), not single quotes") }
                if current == "/" { throw failure("JSON has no comments") }
                throw failure(current == nil ? "the text ends inside an object" : "a key in double quotes is expected")
            }
            let key = try parseString()
            skipSpace()
            guard current == ":" else { throw failure("':' is expected after the key \"\(key)\"") }
            advance()
            skipSpace()
            let value = try parseValue()
            members.append((Located(key, at: keyStart), value))
            skipSpace()
            switch current {
            case ",": advance()
            case "}": advance(); return LocatedJSON(value: .object(members), location: start)
            case nil: throw failure("the text ends inside an object (a '}' is missing)")
            default: throw failure("',' or '}' is expected after a value in an object")
            }
        }
    }

    private mutating func parseArray() throws(Failure) -> LocatedJSON {
        let start = here
        try enter()
        defer { depth -= 1 }
        advance()
        var items: [LocatedJSON] = []
        skipSpace()
        if current == "]" {
            advance()
            return LocatedJSON(value: .array(items), location: start)
        }
        while true {
            skipSpace()
            if current == "]" { throw failure("a trailing comma before ']' is not allowed in JSON") }
            items.append(try parseValue())
            skipSpace()
            switch current {
            case ",": advance()
            case "]": advance(); return LocatedJSON(value: .array(items), location: start)
            case nil: throw failure("the text ends inside a list (a ']' is missing)")
            default: throw failure("',' or ']' is expected after a value in a list")
            }
        }
    }

    private mutating func parseString() throws(Failure) -> String {
        let start = here
        advance()
        var out = String.UnicodeScalarView()
        while true {
            guard let scalar = current else { throw failure("a text is not closed with '\"'", at: start) }
            switch scalar {
            case "\"":
                advance()
                return String(out)
            case "\\":
                let escapeStart = here
                advance()
                guard let escaped = current else { throw failure("a text is not closed with '\"'", at: start) }
                advance()
                switch escaped {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "/": out.append("/")
                case "b": out.append("\u{08}")
                case "f": out.append("\u{0C}")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                case "u":
                    var code = try hex4(escapeStart)
                    if (0xD800...0xDBFF).contains(code) {
                        guard current == "\\" else { throw failure("a \\u escape holds half of a surrogate pair", at: escapeStart) }
                        advance()
                        guard current == "u" else { throw failure("a \\u escape holds half of a surrogate pair", at: escapeStart) }
                        advance()
                        let low = try hex4(escapeStart)
                        guard (0xDC00...0xDFFF).contains(low) else { throw failure("a \\u escape holds half of a surrogate pair", at: escapeStart) }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(code) {
                        throw failure("a \\u escape holds half of a surrogate pair", at: escapeStart)
                    }
                    guard let decoded = Unicode.Scalar(code) else { throw failure("a \\u escape names no character", at: escapeStart) }
                    out.append(decoded)
                default:
                    throw failure("'\\\(Character(escaped))' is not a JSON escape (write '\\\\' for a backslash)", at: escapeStart)
                }
            default:
                if scalar.value < 0x20 {
                    throw failure(scalar == "\n" ? "a text is not closed with '\"' before the end of the line" : "a control character must be escaped inside a text")
                }
                out.append(scalar)
                advance()
            }
        }
    }

    private mutating func hex4(_ start: SourceLocation) throws(Failure) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard let scalar = current, let digit = Int(String(scalar), radix: 16) else {
                throw failure("\\u must be followed by four hexadecimal digits", at: start)
            }
            code = code * 16 + UInt32(digit)
            advance()
        }
        return code
    }

    private mutating func parseNumber() throws(Failure) -> String {
        let start = here
        var text = ""
        func digits() -> Int {
            var count = 0
            while let scalar = current, ("0"..."9").contains(scalar) {
                text.unicodeScalars.append(scalar)
                advance()
                count += 1
            }
            return count
        }
        if current == "-" { text += "-"; advance() }
        if current == "0" {
            text += "0"
            advance()
            if let next = current, ("0"..."9").contains(next) { throw failure("numbers must not start with 0", at: start) }
        } else if digits() == 0 {
            throw failure("a number is expected after '-'", at: start)
        }
        if current == "." {
            text += "."
            advance()
            if digits() == 0 { throw failure("a digit is expected after the decimal point", at: start) }
        }
        if current == "e" || current == "E" {
            text += "e"
            advance()
            if current == "+" || current == "-" { text.unicodeScalars.append(current ?? "+"); advance() }
            if digits() == 0 { throw failure("a digit is expected in the exponent", at: start) }
        }
        return text
    }
}
