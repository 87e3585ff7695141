import Testing
@testable import LandscapeCore

@Suite("Ties kept once while merging")
struct UniqueTiesTests {
    /// A plain reference: every earlier tie compared, as the rule in `docs/format.md` reads.
    static func reference(_ ties: [(Tie, TieKey)]) -> (kept: [Tie], repeats: [Int?]) {
        var kept: [(Tie, TieKey, Int)] = []
        var repeats: [Int?] = []
        for (index, (tie, key)) in ties.enumerated() {
            if let first = kept.first(where: { $0.1 == key && $0.0.isSame(as: tie) }) {
                repeats.append(first.2)
            } else {
                kept.append((tie, key, index))
                repeats.append(nil)
            }
        }
        return (kept.map(\.0), repeats)
    }

    @Test("Random ties with repeats, parallel ties and both directions: the same as comparing each with every earlier one, through the table's growth",
          arguments: [0, 3, 1_000])
    func againstReference(capacity: Int) {
        // Knuth's MMIX linear congruential generator, its high bits: the same ties on every run.
        var state: UInt64 = 7
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let kinds: [TieKind] = [.cooperation, .member, .exchange, .funding]
        var ties: [(Tie, TieKey)] = []
        for _ in 0..<2_000 {
            let from = Int(next() % 40), to = Int(next() % 40)
            guard from != to else { continue }
            let kind = kinds[Int(next() % 4)]
            let weight = next() % 3 == 0 ? 2.0 : 1.0
            ties.append((Tie(from: ActorID("a\(from)"), to: ActorID("a\(to)"), kind: kind, weight: weight),
                         TieKey(from: from, to: to, kind: kind)))
        }
        var unique = UniqueTies(capacity: capacity)
        var repeats: [Int?] = []
        for (index, (tie, key)) in ties.enumerated() {
            repeats.append(unique.insert(tie, key: key, at: index))
        }
        let expected = Self.reference(ties)
        #expect(unique.ties == expected.kept)
        #expect(repeats == expected.repeats)
        // Each kept tie's origin is where it was read: the first tie equal to it.
        let firstReadings: [Int?] = unique.ties.map { kept in ties.firstIndex { $0.0 == kept } }
        #expect(unique.origins.map { Int($0) } == firstReadings)
    }
}
