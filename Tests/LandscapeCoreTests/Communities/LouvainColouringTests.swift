import Testing
@testable import LandscapeCore

/// The colour classes that the parallel local moving takes one after the other.
@Suite("Louvain's colour classes")
struct LouvainColouringTests {
    /// Every class is an independent set, and every node is in exactly one class.
    static func check(_ level: LouvainLevel) {
        let classes = level.colourClasses()
        var colour = [Int](repeating: -1, count: level.nodeCount)
        for c in 0..<classes.count {
            let members = classes.members(c).map { Int($0) }
            #expect(!members.isEmpty)
            #expect(members == members.sorted())
            for u in members {
                #expect(colour[u] == -1, "node \(u) in two classes")
                colour[u] = c
            }
        }
        #expect(!colour.contains(-1))
        var clashes = 0
        for u in 0..<level.nodeCount {
            for a in level.start[u]..<level.start[u + 1] where Int(level.target[a]) != u && colour[Int(level.target[a])] == colour[u] {
                clashes += 1
            }
        }
        #expect(clashes == 0)
    }

    @Test("The classes of a block model and of its next level are independent sets covering every node once")
    func blockModel() {
        let level = LouvainLevel(LouvainParallelTests.network)
        Self.check(level)
        #expect(level.colourClasses().count <= level.widestRow + 1)
        let community = (0..<level.nodeCount).map { $0 / 10 }
        Self.check(level.aggregate(community, workers: 1))
    }

    @Test("A star, a path with self-loops and a network without edges")
    func small() {
        let star = Network(actors: (0..<6).map { ActorID("s\($0)") }, pairs: (1..<6).map { (0, $0, 1) }, directed: false, weighted: false)
        Self.check(LouvainLevel(star))
        #expect(LouvainLevel(star).colourClasses().count == 2)
        let path = Network(actors: (0..<5).map { ActorID("p\($0)") }, pairs: [(0, 0, 1), (0, 1, 1), (1, 2, 2), (2, 2, 1), (2, 3, 1), (3, 4, 1)],
                           directed: false, weighted: true)
        Self.check(LouvainLevel(path))
        let empty = Network(actors: (0..<3).map { ActorID("e\($0)") }, pairs: [], directed: false, weighted: false)
        #expect(LouvainLevel(empty).colourClasses().count == 1)
    }
}
