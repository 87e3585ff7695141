import Testing
@testable import LandscapeCore

@Suite("Kinds, sectors and numbers remembered by their spelling")
struct TermMemoTests {
    @Test("Each spelling is computed once and answered byte for byte: a canonically equal spelling is its own")
    func bySpelling() {
        var memo = TermCache.Memo<String>()
        var computed: [String] = []
        // More spellings than the list of frequent ones holds, so the dictionary answers too.
        let spellings = ["K", "\u{212A}", "e\u{301}", "\u{E9}", "office", "Office", "", "office ", "a", "b", "c", "d", "K"]
        for _ in 0..<2 {
            for text in spellings {
                let value = memo.value(of: text) { text in
                    computed.append(text)
                    return String(decoding: Array(text.utf8), as: UTF8.self) + "|\(text.utf8.count)"
                }
                #expect(value == text + "|\(text.utf8.count)")
                #expect(value.utf8.elementsEqual((text + "|\(text.utf8.count)").utf8))
            }
        }
        // The first eight spellings are told apart byte for byte; "\u{212A}" and "K" among them.
        #expect(Array(computed.prefix(8)).map { Array($0.utf8) } == Array(spellings.prefix(8)).map { Array($0.utf8) })
    }
}
