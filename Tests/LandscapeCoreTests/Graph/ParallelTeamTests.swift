import Synchronization
import Testing
@testable import LandscapeCore

/// `Parallel.team` and its barrier: every rank passes each meeting only when all have arrived,
/// and sees what the others wrote before it.
@Suite("A team of threads meeting at a barrier")
struct ParallelTeamTests {
    final class Counts: Sendable {
        let arrivals = Atomic<Int>(0)
        let wrong = Atomic<Int>(0)
        let ranks = Atomic<Int>(0)
    }

    @Test("10,000 rounds on 3 threads: every round sees all arrivals of that round and none of the next")
    func rounds() {
        let counts = Counts()
        let rounds = 10_000
        Parallel.team(workers: 3) { rank, barrier in
            counts.ranks.wrappingAdd(1 << (8 * rank), ordering: .relaxed)
            let parties = barrier.parties
            for round in 0..<rounds {
                counts.arrivals.wrappingAdd(1, ordering: .relaxed)
                barrier.wait()
                if counts.arrivals.load(ordering: .relaxed) != parties * (round + 1) {
                    counts.wrong.wrappingAdd(1, ordering: .relaxed)
                }
                barrier.wait()
            }
        }
        #expect(counts.ranks.load(ordering: .relaxed) == 1 + (1 << 8) + (1 << 16))
        #expect(counts.arrivals.load(ordering: .relaxed) == 3 * rounds)
        #expect(counts.wrong.load(ordering: .relaxed) == 0)
    }

    @Test("A team of one runs on the calling thread, its barrier never waits")
    func alone() {
        let counts = Counts()
        Parallel.team(workers: 1) { rank, barrier in
            for _ in 0..<100 { barrier.wait() }
            counts.ranks.wrappingAdd(rank + 1, ordering: .relaxed)
        }
        #expect(counts.ranks.load(ordering: .relaxed) == 1)
    }
}
