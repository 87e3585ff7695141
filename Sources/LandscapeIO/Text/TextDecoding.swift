import Foundation
import LandscapeCore

/// The text of an input file, decoded from the encodings people's tools write.
struct DecodedText {
    enum Encoding {
        case utf8, utf16, windows1252
    }

    var text: String
    var encoding: Encoding
}

/// Decodes input bytes: UTF-8 (with or without byte-order mark), UTF-16 with a byte-order mark,
/// or Windows-1252, which German Excel writes by default (with a warning). Anything else is an
/// error located at the first byte that is not UTF-8.
enum TextDecoding {
    /// Bytes that Windows-1252 leaves undefined: a file holding them is not Windows-1252.
    private static let undefinedInWindows1252: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    static func decode(_ bytes: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> DecodedText? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(Array(bytes.dropFirst(3)), file: file, diagnostics: &diagnostics)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            let body = Data(bytes.dropFirst(2))
            guard body.count % 2 == 0, let text = String(data: body, encoding: encoding) else {
                diagnostics.append(.error(.encoding(.invalidUTF16), at: SourceLocation(file: file)))
                return nil
            }
            return DecodedText(text: text, encoding: .utf16)
        }
        return decodeUTF8(bytes, file: file, diagnostics: &diagnostics)
    }

    private static func decodeUTF8(_ bytes: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> DecodedText? {
        if let zero = firstNUL(in: bytes) {
            diagnostics.append(.error(.encoding(.nulBytes(expected: .text)), at: location(ofByte: zero, in: bytes, file: file)))
            return nil
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: .utf8)
        }
        let firstInvalid = firstInvalidUTF8Offset(bytes) ?? 0
        if holdsMultibyteUTF8(bytes) {
            // Umlauts written as UTF-8 elsewhere in the file: this is damaged UTF-8 (a cut
            // or a pasted piece in another encoding), not Windows-1252, which would turn every
            // correct umlaut into two wrong letters.
            let at = location(ofByte: firstInvalid, in: bytes, file: file)
            let byte = bytes[min(firstInvalid, bytes.count - 1)]
            diagnostics.append(.error(.encoding(.damagedUTF8(byte: byte, line: at.line ?? 1, column: at.column ?? 1)), at: at))
            return nil
        }
        if let bad = bytes.firstIndex(where: { undefinedInWindows1252.contains($0) }) {
            let place = location(ofByte: bad, in: bytes, file: file)
            diagnostics.append(.error(.encoding(.undefinedInWindows1252(byte: bytes[bad], line: place.line ?? 1, column: place.column ?? 1)), at: location(ofByte: firstInvalid, in: bytes, file: file)))
            return nil
        }
        guard let text = String(data: Data(bytes), encoding: .windowsCP1252) else {
            diagnostics.append(.error(.encoding(.neitherUTF8NorWindows1252), at: location(ofByte: firstInvalid, in: bytes, file: file)))
            return nil
        }
        diagnostics.append(.warning(.encoding(.readAsWindows1252), at: SourceLocation(file: file)))
        return DecodedText(text: text, encoding: .windows1252)
    }

    /// The offset of the first byte that does not belong to a valid UTF-8 sequence.
    /// The offset of the first NUL byte, if any: block by block, each looked at in a loop the
    /// compiler turns into vector instructions (a byte-by-byte search was 1 % of loading a
    /// 40 MB CSV pair).
    static func firstNUL(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            for start in stride(from: 0, to: buffer.count, by: 1 << 16) {
                let block = UnsafeBufferPointer(rebasing: buffer[start ..< min(buffer.count, start + 1 << 16)])
                var found: UInt8 = 0
                for byte in block { found |= byte == 0 ? 1 : 0 }
                if found != 0, let offset = block.firstIndex(of: 0) { return start + offset }
            }
            return nil
        }
    }

    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            let sequence = Array(bytes[index..<index + length])
            if length > 1, String(validating: sequence, as: UTF8.self) == nil { return index }
            index += length
        }
        return nil
    }

    /// Whether the bytes hold a well-formed UTF-8 sequence of two to four bytes (such as "ö",
    /// C3 B6). Windows-1252 text almost never does: it would have to contain "Ã¶".
    static func holdsMultibyteUTF8(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let length: Int
            switch bytes[index] {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default:
                index += 1
                continue
            }
            if index + length <= bytes.count,
               bytes[index + 1..<index + length].allSatisfy({ (0x80...0xBF).contains($0) }),
               String(validating: bytes[index..<index + length], as: UTF8.self) != nil {
                return true
            }
            index += 1
        }
        return false
    }

    /// Line and column (in bytes) of a byte offset.
    static func location(ofByte offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return SourceLocation(file: file, line: line, column: offset - lineStart + 1)
    }
}
