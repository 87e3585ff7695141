import Testing
@testable import LandscapeIO

@Suite("The first NUL byte of a file, found block by block")
struct TextDecodingNULTests {
    @Test("Found where a byte-by-byte search finds it: none, the first byte, block edges, the last byte", arguments: [
        -1, 0, 1, 65_535, 65_536, 65_537, 131_071, 200_000, 299_999,
    ])
    func firstNUL(at position: Int) {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 300_000)
        if position >= 0 {
            bytes[position] = 0
            // A second one later changes nothing.
            if position + 10 < bytes.count { bytes[position + 10] = 0 }
        }
        #expect(TextDecoding.firstNUL(in: bytes) == bytes.firstIndex(of: 0))
        #expect(TextDecoding.firstNUL(in: []) == nil)
        #expect(TextDecoding.firstNUL(in: [0]) == 0)
    }
}
