import Foundation
import Testing
@testable import LandscapeRender

@Suite("Replacing at a byte pattern, as the SVG of a map is rewritten")
struct ByteReplacingTests {
    @Test("A fixed replacement gives what Foundation's replacingOccurrences gives, on random texts")
    func sameAsFoundation() {
        var state: UInt64 = 2019
        func next(_ bound: Int) -> Int {  // a linear congruential generator, seeded: the same texts every run
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let pieces = ["ab", "a", "b", "ä", "font", "\"", "aab", "x"]
        for _ in 0..<500 {
            let text = (0..<next(40)).map { _ in pieces[next(pieces.count)] }.joined()
            for (pattern, written) in [("ab", "Z"), ("aa", "-"), ("ä", "ae"), ("font\"", "")] {
                let ours = ByteReplacing.replacing(Array(pattern.utf8), in: Data(text.utf8)) { _ in (Array(written.utf8), 0) }
                #expect(String(decoding: ours, as: UTF8.self) == text.replacingOccurrences(of: pattern, with: written), "\(text)")
            }
        }
    }

    @Test("The replacement may take bytes after the pattern, or keep an occurrence")
    func consumingAndKeeping() {
        let data = Data("<g id=\"n-12\"><g id=\"n-x\"><g id=\"n-7\">".utf8)
        let renamed = ByteReplacing.replacing(Array("id=\"n-".utf8), in: data) { after in
            let digits = after.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            guard !digits.isEmpty else { return nil }
            return (Array("id=\"node".utf8) + Array(digits), digits.count)
        }
        #expect(String(decoding: renamed, as: UTF8.self) == "<g id=\"node12\"><g id=\"n-x\"><g id=\"node7\">")
    }

    @Test("Edges: nothing found, the pattern at both ends, a replacement that reaches past the end")
    func edges() {
        let same = Data("plain".utf8)
        #expect(ByteReplacing.replacing(Array("zz".utf8), in: same) { _ in ([], 0) } == same)
        #expect(ByteReplacing.replacing([], in: same) { _ in ([], 0) } == same)
        #expect(ByteReplacing.replacing(Array("plainer".utf8), in: same) { _ in ([], 0) } == same)
        let ends = ByteReplacing.replacing(Array("ab".utf8), in: Data("ab-ab".utf8)) { _ in (Array("X".utf8), 0) }
        #expect(String(decoding: ends, as: UTF8.self) == "X-X")
        let past = ByteReplacing.replacing(Array("a".utf8), in: Data("xab".utf8)) { _ in (Array("Y".utf8), 99) }
        #expect(String(decoding: past, as: UTF8.self) == "xY")
    }
}
