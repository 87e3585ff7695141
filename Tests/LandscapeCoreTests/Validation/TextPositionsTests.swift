import Testing
@testable import LandscapeCore

@Suite("Positions by ASCII text, and texts that need no cleaning")
struct TextPositionsTests {
    /// Texts drawn from a few letters (so that many share a hash's low bits and probe), of
    /// every length up to 20 (one word, several, and a tail).
    static func texts(count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let letters = Array("ab-1 ")
        return (0..<count).map { _ in String((0..<Int(next() % 21)).map { _ in letters[Int(next() % UInt64(letters.count))] }) }
    }

    @Test("A table of texts answers as a dictionary of them does (the first of equal texts)", arguments: [1, 2, 3])
    func agreesWithDictionary(seed: UInt64) {
        let keys = Self.texts(count: 3_000, seed: seed)
        var expected: [String: Int] = [:]
        for (position, key) in keys.enumerated() where expected[key] == nil { expected[key] = position }
        let table = TextPositions(keys, seed: seed)
        #expect(!table.hasOtherKeys)
        for text in keys + Self.texts(count: 3_000, seed: seed + 10) {
            #expect(table.position(of: text) == expected[text].map { .position($0) } ?? .absent)
        }
    }

    @Test("Texts that are not ASCII are left to the dictionary: canonically equal spellings, the Kelvin sign")
    func notASCII() {
        let table = TextPositions(["K", "Müller", "a"], seed: 7)
        #expect(table.hasOtherKeys)
        #expect(table.position(of: "K") == .position(0))
        #expect(table.position(of: "a") == .position(2))
        // "\u{212A}" (Kelvin sign) == "K" for String, and "Mu\u{308}ller" == "Müller": no hash of
        // bytes can find them, so the table does not answer.
        #expect("\u{212A}" == "K")
        #expect(table.position(of: "\u{212A}") == .notASCII)
        #expect(table.position(of: "Mu\u{308}ller") == .notASCII)
        #expect(table.position(of: "Müller") == .notASCII)
        #expect(table.position(of: "b") == .absent)
    }

    @Test("The byte check says a text needs no cleaning only when trimming, control characters and the limit change nothing", arguments: [
        "a", "ab", "Akteur 12", " a", "a ", "\ta", "a\n", "a\tb", "a\nb", "a\u{1B}b", "a\u{7F}b", "a\u{85}b", "a°b", "a\u{A0}",
        "\u{A0}a", "Größe", "ä", "aä", "äa", "a\u{301}", "\u{2028}a", "", " ", "x\"y", "a\rb", "1234567890", "12345678901",
    ])
    func needsNoCleaning(text: String) {
        let limit = 10
        let cleaned = Self.fullyCleaned(text, limit: limit)
        if TextHygiene.needsNoCleaning(text, limit: limit) {
            #expect(Array(cleaned.text.utf8) == Array(text.utf8) && !cleaned.changed)
        }
        // Plain ASCII words within the limit are the fast path's business.
        if text.utf8.count <= limit, text.utf8.allSatisfy({ (0x21...0x7E).contains($0) || $0 == 0x20 }),
           text.utf8.first != 0x20, text.utf8.last != 0x20, !text.isEmpty {
            #expect(TextHygiene.needsNoCleaning(text, limit: limit))
        }
    }

    /// What `BuildRun.cleaned` does without the fast path, and whether it changed or reported anything.
    static func fullyCleaned(_ text: String, limit: Int) -> (text: String, changed: Bool) {
        var value = text.trimmingSpaces
        var changed = Array(value.utf8) != Array(text.utf8)
        if TextHygiene.hasControlCharacters(value) {
            changed = true
            value = TextHygiene.removingControlCharacters(value).trimmingSpaces
        }
        if TextHygiene.isLonger(value, than: limit) {
            changed = true
            value = String(value.prefix(limit))
        }
        return (value, changed)
    }

    @Test("Tie ends that equal an id only canonically (combining marks, the Kelvin sign) resolve as before")
    func canonicalEnds() {
        var file = DraftFile("a.yaml")
        file.actor([.id: "Müller", .name: "Schule Müller", .kind: "Amt"])          // 2
        file.actor([.id: "\u{212A}", .name: "Kelvin", .kind: "Amt"])              // 3
        file.actor([.id: "b", .name: "Bäckerei", .kind: "Amt"])                   // 4
        file.tie([.from: "Mu\u{308}ller", .to: "b"])                             // 5 ok: NFD of the id
        file.tie([.from: "K", .to: "b"])                                         // 6 ok: "K" == Kelvin sign
        file.tie([.from: "Ba\u{308}ckerei", .to: "K"])                           // 7 NFD of a name: the tie of 6
        file.tie([.from: "b", .to: "c"])                                         // 8 unknown
        let result = build(file)
        // (The same as main's binary gives for this landscape written as YAML.)
        #expect(result.messages == [
            "a.yaml:7:3: warning: this tie repeats the one at a.yaml:6:3; it is counted once",
            "a.yaml:8:5: error: unknown actor 'c' (not the id or exact name of any actor)",
        ])
        #expect(result.landscape.ties.count == 2)
    }
}
