import Foundation
import Testing
import LandscapeCore
@testable import LandscapeIO

@Suite("Files read with one read: ASCII straight into the text, other bytes decoded as before")
struct FileContentsTests {
    /// Contents that exercise each way: ASCII (one line, a block edge, white space only), a NUL,
    /// umlauts, a byte-order mark, Windows-1252, damaged UTF-8, UTF-16, nothing at all.
    static let contents: [[UInt8]] = [
        Array("id,name\na1,A\n".utf8),
        [UInt8](repeating: UInt8(ascii: "x"), count: 65_536) + Array("\n".utf8),
        Array(" \n\t\n".utf8),
        Array("a\u{0}b".utf8),
        [UInt8](repeating: UInt8(ascii: "y"), count: 70_000) + [0],
        Array("id,name\na1,Müller\n".utf8),
        [0xEF, 0xBB, 0xBF] + Array("id\n".utf8),
        Array("id,name\na1,M".utf8) + [0xFC] + Array("ller\n".utf8),
        Array("a\u{C3}".utf8) + [0xFF],
        [0xFF, 0xFE, 0x61, 0x00],
        [],
    ]

    @Test("The text and the diagnostics are those of the bytes decoded", arguments: FileContentsTests.contents.indices)
    func sameAsDecodingTheBytes(_ index: Int) throws {
        let folder = try FormatSupport.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("file.csv").path
        try Data(Self.contents[index]).write(to: URL(fileURLWithPath: path))

        var read: [Diagnostic] = []
        let text = FileInput.text(of: path, diagnostics: &read)
        var expected: [Diagnostic] = []
        var decoded = TextDecoding.decode(Self.contents[index], file: path, diagnostics: &expected)
        if let text = decoded?.text, text.allSatisfy(\.isWhitespace) {
            expected.append(.error(.file(.empty), at: SourceLocation(file: path, line: 1, column: 1)))
            decoded = nil
        }
        #expect(text?.text.utf8.elementsEqual(decoded?.text.utf8 ?? "".utf8) ?? (decoded == nil))
        #expect((text == nil) == (decoded == nil))
        #expect(read == expected)

        var diagnostics: [Diagnostic] = []
        #expect(FileInput.bytes(of: path, diagnostics: &diagnostics) == Self.contents[index])
        #expect(diagnostics.isEmpty)
    }

    @Test("ASCII without NUL comes back as text, anything else as bytes")
    func ways() throws {
        let folder = try FormatSupport.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("file.csv").path
        for (index, contents) in Self.contents.enumerated() {
            try Data(contents).write(to: URL(fileURLWithPath: path))
            let ascii = !contents.isEmpty && contents.allSatisfy { $0 != 0 && $0 < 0x80 }
            switch FileContents.read(path, asciiText: true) {
            case .asciiText(let text): #expect(ascii && Array(text.utf8) == contents, "contents \(index)")
            case .bytes(let bytes): #expect(!ascii && bytes == contents, "contents \(index)")
            case nil: Issue.record("contents \(index) not read")
            }
        }
    }

    @Test("A folder or a missing file is left to Foundation, which words why")
    func unusualFiles() throws {
        let folder = try FormatSupport.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(FileContents.read(folder.path, asciiText: true) == nil)
        #expect(FileContents.read(folder.appendingPathComponent("missing.csv").path, asciiText: false) == nil)
        var diagnostics: [Diagnostic] = []
        #expect(FileInput.text(of: folder.path, diagnostics: &diagnostics) == nil)
        #expect(diagnostics == [.error(.file(.folder), at: SourceLocation(file: folder.path))])
        diagnostics = []
        #expect(FileInput.bytes(of: folder.appendingPathComponent("missing.csv").path, diagnostics: &diagnostics) == nil)
        #expect(diagnostics == [.error(.file(.missing), at: SourceLocation(file: folder.appendingPathComponent("missing.csv").path))])
    }
}
