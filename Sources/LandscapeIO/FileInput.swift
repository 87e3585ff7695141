import Foundation
import LandscapeCore

/// Reading input files, with failures reported as diagnostics.
enum FileInput {
    /// The file's bytes, or `nil` with an error when it cannot be read.
    static func bytes(of path: String, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        if case .bytes(let bytes) = FileContents.read(path, asciiText: false) { return bytes }
        return bytesThroughFoundation(of: path, diagnostics: &diagnostics)
    }

    /// The file's bytes through `FileHandle`, which tells why a file cannot be read.
    private static func bytesThroughFoundation(of path: String, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            diagnostics.append(.error(.file(.missing), at: SourceLocation(file: path)))
            return nil
        }
        guard !isDirectory.boolValue else {
            diagnostics.append(.error(.file(.folder), at: SourceLocation(file: path)))
            return nil
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            diagnostics.append(.error(.file(.permissionDenied), at: SourceLocation(file: path)))
            return nil
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch {
            diagnostics.append(.error(.file(.unreadable(detail: error.localizedDescription)), at: SourceLocation(file: path)))
            return nil
        }
    }

    /// The decoded text of a file; an empty file (or one of white space only) is an error.
    ///
    /// A file of ASCII bytes without NUL (the large generated CSV files) is read straight into
    /// the text's storage: UTF-8 as it stands, no byte-order mark, no NUL to report, so
    /// `TextDecoding` would return the same text after two more copies of the file.
    static func text(of path: String, diagnostics: inout [Diagnostic]) -> DecodedText? {
        let decoded: DecodedText
        switch FileContents.read(path, asciiText: true) {
        case .asciiText(let text):
            decoded = DecodedText(text: text, encoding: .utf8)
        case .bytes(let bytes):
            guard let text = TextDecoding.decode(bytes, file: path, diagnostics: &diagnostics) else { return nil }
            decoded = text
        case nil:
            guard let bytes = bytesThroughFoundation(of: path, diagnostics: &diagnostics),
                  let text = TextDecoding.decode(bytes, file: path, diagnostics: &diagnostics) else { return nil }
            decoded = text
        }
        if decoded.text.allSatisfy(\.isWhitespace) {
            diagnostics.append(.error(.file(.empty), at: SourceLocation(file: path, line: 1, column: 1)))
            return nil
        }
        return decoded
    }
}
