import Testing
@testable import LandscapeCore

@Suite("Suggestions scored in one sweep over the rows")
struct SuggestionSweepTests {
    /// A landscape of `count` actors in a few municipalities: committees with many members, a hub
    /// above `Suggester.hubLimit` ties, programmes, random cooperation, topics of which some are
    /// held by fewer than `Suggester.tagLimit` actors and some by more.
    static func generated(count: Int, seed: UInt64) -> Landscape {
        var random = SeededGenerator(seed: seed)
        let kinds: [ActorKind] = [.office, .association, .foundation, .institution, .business, .program, .other]
        var actors: [Actor] = []
        for index in 0..<count {
            let kind: ActorKind = index % 50 == 0 ? .committee : kinds[Int.random(in: 0..<kinds.count, using: &random)]
            var actor = Actor(id: ActorID("a\(index)"), name: "Träger \(index % 97)", kind: kind,
                              municipality: index % 7 == 0 ? nil : "Kommune \(index % 4)")
            // "Sprache" is held by about a third (skipped as a tag), the numbered ones by a few.
            actor.topics = index % 3 == 0 ? ["Sprache", "Thema \(index % 40)"] : ["Thema \(index % 40)"]
            actor.targetGroups = index % 5 == 0 ? ["Eltern", " eltern "] : []
            actors.append(actor)
        }
        var ties: [Tie] = []
        for index in 1..<count {
            if index % 50 != 0 {
                let committee = Int.random(in: 0..<(count / 50), using: &random) * 50
                ties.append(Tie(from: actors[index].id, to: actors[committee].id, kind: .member))
            }
            let other = Int.random(in: 0..<count, using: &random)
            if other != index { ties.append(Tie(from: actors[index].id, to: actors[other].id, kind: .cooperation)) }
            // Actor 1 is a hub: partner of every second actor.
            if index % 2 == 0 { ties.append(Tie(from: actors[1].id, to: actors[index].id, kind: .cooperation)) }
        }
        // A few separate pairs: components to join.
        for index in 0..<6 {
            actors.append(Actor(id: ActorID("s\(index)"), name: "Allein \(index)", kind: .association, topics: ["Thema 3"]))
        }
        ties.append(Tie(from: "s0", to: "s1", kind: .cooperation))
        return Landscape(actors: actors, ties: ties)
    }

    /// The pairs as the gatherer and the per-pair scoring find them (the way before the sweep).
    static func pairwise(_ context: SuggestionContext, gaps: [Gap], index: GapIndex, options: SuggestOptions,
                         drop: (ScoredPair) -> Bool) -> [ScoredPair] {
        context.score(CandidateGatherer.gather(context, gaps: gaps, options: options), gaps: index).filter { !drop($0) }
    }

    static func sorted(_ pairs: [ScoredPair]) -> [[Double]] {
        pairs.map { [Double($0.a), Double($0.b), $0.score, $0.structural, $0.fit, $0.complementarity, $0.bonus] }
            .sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }
    }

    @Test("The sweep finds the pairs and the scores, to the bit, that gathering and scoring pair by pair find",
          arguments: [(UInt64(7), ActorKind?.none), (11, .foundation), (23, nil)])
    func sameAsPairwise(seed: UInt64, kind: ActorKind?) {
        let landscape = Self.generated(count: 1_200, seed: seed)
        let gaps = GapFinder.find(landscape)
        let context = SuggestionContext(landscape)
        #expect(context.degree.contains { $0 > Suggester.hubLimit })
        let index = GapIndex(gaps, context: context)
        let options = SuggestOptions(kind: kind)
        let drop: @Sendable (ScoredPair) -> Bool = { Suggester.onlyTagsApart($0, context: context, gaps: index) }
        let before = Self.sorted(Self.pairwise(context, gaps: gaps, index: index, options: options, drop: drop))
        #expect(before.count > 10_000)
        for workers in [1, 2] {
            let sweep = SuggestionSweep(context, gaps: gaps, index: index, options: options, drop: drop).run(workers: workers)
            #expect(Self.sorted(sweep) == before)
        }
    }

    @Test("Tied pairs are found by searching the row")
    func tied() {
        let landscape = Self.generated(count: 300, seed: 3)
        let context = SuggestionContext(landscape)
        var keys = Set<UInt64>()
        for tie in landscape.ties {
            if let a = context.network.index(of: tie.from), let b = context.network.index(of: tie.to) { keys.insert(Suggester.key(a, b)) }
        }
        var wrong = 0
        for a in 0..<context.nodeCount {
            for b in 0..<context.nodeCount where b != a && context.tied(a, b) != keys.contains(Suggester.key(a, b)) { wrong += 1 }
        }
        #expect(wrong == 0)
        #expect(!keys.isEmpty)
    }

    @Test("The k-th largest score by quickselect is the one a full sort finds")
    func largest() {
        var random = SeededGenerator(seed: 41)
        for count in [1, 2, 3, 10, 1_000] {
            // Few distinct values: many draws, as scores have.
            let values = (0..<count).map { _ in Double(Int.random(in: 0..<7, using: &random)) / 4 }
            let sorted = values.sorted(by: >)
            for k in Set([1, 2, count / 2, count - 1, count].filter { $0 >= 1 && $0 <= count }) {
                #expect(SuggestionRanking.largest(k, of: values) == sorted[k - 1])
            }
        }
    }

    @Test("The k-th largest score of the workers' parts is the one of all their pairs in one array")
    func largestOfParts() {
        var random = SeededGenerator(seed: 43)
        let pair = { (score: Double) in ScoredPair(a: 0, b: 1, score: score, structural: 0, fit: 0, complementarity: 0, bonus: 0) }
        for sizes in [[1], [0, 5], [3, 0, 7], [1_000, 10], [200, 300, 1]] {
            // Few distinct values: many draws, as scores have.
            let parts = sizes.map { size in (0..<size).map { _ in pair(Double(Int.random(in: 0..<7, using: &random)) / 4) } }
            let all = parts.flatMap { $0 }.map(\.score)
            for k in Set([1, 2, 4, all.count / 2, all.count - 1, all.count].filter { $0 >= 1 && $0 <= all.count }) {
                #expect(SuggestionRanking.largest(k, of: parts) == SuggestionRanking.largest(k, of: all))
            }
        }
    }
}
