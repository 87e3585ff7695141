import Testing
@testable import LandscapeCore
import LandscapeWording

@Suite("Suggestions")
struct SuggesterTests {
    @Test("A tie that joins two fragments and shares a topic ranks first, with its reasons")
    func joinsFragments() throws {
        let l = GapFinderTests.landscape(["a:office:M", "b:office:M", "c:office:M", "f:foundation:M", "g:association:M"],
                                         ["a-b", "b-c", "f-g"], tags: ["c": ["Schulbau"], "f": ["Schulbau"]])
        let gaps = GapFinder.find(l)
        let top = try #require(Suggester.suggest(l, gaps: gaps).first)
        #expect(Set([top.from, top.to]) == ["c", "f"])
        #expect(top.closesTypes.contains(.fragmented))
        let reasons = top.reasons.map { Language.en.suggestionWording.reason($0, in: l) }
        #expect(reasons.contains("shared topics or target groups: »Schulbau«"))
        #expect(reasons.contains("complement each other: office and foundation") || reasons.contains("complement each other: foundation and office"))
        // score = structural 0 + fit 1 + ½·1 + 3 for joining components
        #expect(top.score == 4.5)
        // The same facts, typed: no common partner, the shared topic, the two kinds, the parts joined.
        #expect(top.reasons.contains(.sharedTags(["Schulbau"])))
        #expect(top.reasons.contains { if case .complementary = $0 { true } else { false } })
        #expect(!top.reasons.contains { if case .commonPartners = $0 { true } else { false } })
        #expect(top.closes.first == .joinsComponents)
    }

    @Test("Never a pair that is already tied; --for and --kind restrict; the order is deterministic")
    func filters() {
        let l = GapFinderTests.landscape(["a:office", "b:office", "c:office", "d:foundation", "e:association"],
                                         ["a-b", "b-c", "c-d", "d-e", "a-c"])
        let gaps = GapFinder.find(l)
        let all = Suggester.suggest(l, gaps: gaps, options: SuggestOptions(top: 50))
        let tied = Set(l.ties.map { [$0.from, $0.to].sorted() })
        #expect(all.allSatisfy { !tied.contains([$0.from, $0.to].sorted()) })
        let forE = Suggester.suggest(l, gaps: gaps, options: SuggestOptions(actor: "e", top: 50))
        #expect(!forE.isEmpty && forE.allSatisfy { $0.from == "e" || $0.to == "e" })
        let foundations = Suggester.suggest(l, gaps: gaps, options: SuggestOptions(kind: .foundation, top: 50))
        #expect(foundations.allSatisfy { $0.from == "d" || $0.to == "d" })
        let again = Suggester.suggest(l, gaps: gaps, options: SuggestOptions(top: 50))
        #expect(all.map { [$0.from, $0.to] } == again.map { [$0.from, $0.to] })
    }

    @Test("Resource allocation: Σ 1/deg over common partners, checked by hand")
    func resourceAllocation() throws {
        // a and d share b (degree 2) and c (degree 3): 1/2 + 1/3.
        let l = GapFinderTests.landscape(["a:office", "b:office", "c:office", "d:office", "e:office"],
                                         ["a-b", "b-d", "a-c", "c-d", "c-e"])
        let pair = try #require(Suggester.suggest(l, gaps: [], options: SuggestOptions(top: 50)).first { Set([$0.from, $0.to]) == ["a", "d"] })
        #expect(abs(pair.structural - (1.0 / 2 + 1.0 / 3)) < 1e-12)
        #expect(pair.reasons.first == .commonPartners(["b", "c"], score: pair.structural))
    }

    @Test("Sorting only the best candidates gives the list a full sort gives", arguments: [5, 10, 40])
    func prefixOfTheOrder(top: Int) {
        // 900 actors in three municipalities, committees with many members (so tens of
        // thousands of candidate pairs through common partners), repeated names and topics
        // (so ties in score and in name are common).
        var random = SeededGenerator(seed: 2019)
        let kinds: [ActorKind] = [.office, .association, .foundation, .institution, .business]
        let topics = ["Sprachförderung", "Übergang Schule–Beruf", "Frühe Bildung", "Digitalisierung"]
        var actors: [Actor] = []
        for index in 0..<900 {
            var actor = Actor(id: ActorID("a\(index)"), name: "Träger \(index % 300)", kind: index % 60 == 0 ? .committee : kinds[index % kinds.count])
            actor.topics = [topics[index % topics.count]]
            actors.append(actor)
        }
        var ties: [Tie] = []
        for index in 0..<900 where index % 60 != 0 {
            let committee = Int.random(in: 0..<15, using: &random) * 60
            ties.append(Tie(from: actors[index].id, to: actors[committee].id, kind: .member))
            let other = Int.random(in: 0..<900, using: &random)
            if other != index { ties.append(Tie(from: actors[index].id, to: actors[other].id, kind: .cooperation)) }
        }
        let landscape = Landscape(actors: actors, ties: ties)
        let gaps = GapFinder.find(landscape)
        let options = SuggestOptions(top: top)
        let whole = Suggester.suggest(landscape, gaps: gaps, options: options, firstPrefix: Int.max)
        for first in [1, 7, 100] {
            let prefix = Suggester.suggest(landscape, gaps: gaps, options: options, firstPrefix: first)
            #expect(prefix.map(\.from) == whole.map(\.from))
            #expect(prefix.map(\.to) == whole.map(\.to))
            #expect(prefix.map(\.score) == whole.map(\.score))
            #expect(prefix.map(\.reasons) == whole.map(\.reasons))
        }
        #expect(whole.count == top)
    }
}
