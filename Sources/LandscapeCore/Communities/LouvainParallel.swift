import Synchronization

/// Parallel local moving for large levels (PLM: Staudt & Meyerhenke 2016, "Engineering Parallel
/// Algorithms for Community Detection in Massive Networks", IEEE TPDS 27(1), 171–184,
/// doi:10.1109/TPDS.2015.2390633), made deterministic.
///
/// PLM lets every core move nodes at once against a shared, changing partition, so its result
/// depends on timing. Here the nodes, in the seed's random order, are taken in blocks of
/// `blockSize`: the cores choose the best community of every node of a block against the
/// partition as it was before the block, and the moves are then applied in order. The result
/// depends on the seed only, not on the number of cores. A node is visited again only when a
/// neighbour moved in the sweep before (the pruning of Lu, Halappanavar & Kalyanaraman 2015,
/// "Parallel heuristics for scalable community detection", Parallel Computing 47,
/// doi:10.1016/j.parco.2015.03.003): after the first sweeps few nodes still change, and only
/// their neighbourhoods are read again.
extension LouvainLevel {
    /// Nodes per block: a 128th of the level, at least 64 and at most 2,048: large enough to keep
    /// the cores busy between two applications, small against the level, so that a choice
    /// rarely rests on a partition a neighbour has left (blocks of a quarter of an 8,000-node
    /// level lost 0.008 of modularity against moving one by one).
    static func blockSize(nodes: Int) -> Int { min(2_048, max(64, nodes / 128)) }
    /// Sweeps at most (NetworKit's PLM stops after 32 too): moves chosen on a partition that
    /// changed meanwhile could otherwise undo each other forever.
    static let sweepLimit = 32
    /// Blocks of fewer arcs (on average) than this are proposed on one thread: on the 20,000-actor
    /// block model a block has ~1,500 arcs, some microseconds of work, less than a thread's wake-up.
    static let parallelBlockArcs = 8_192

    /// The local-moving phase on `workers` threads: the best community for each node as
    /// `moveNodes` chooses it (the largest gain, the first found on ties, staying on no gain),
    /// in blocks as described above, in sweeps until none moves. Returns whether any node moved
    /// and the community of each node.
    ///
    /// Only the moves are applied one by one, on the calling thread; the neighbours of a block's
    /// moved nodes are marked for the next sweep while the next block is proposed.
    ///
    /// - Complexity: O(E) per full sweep; O(V + E) extra space per worker.
    func moveNodesInParallel(resolution: Double, workers: Int?, using generator: inout some RandomNumberGenerator) -> (Bool, [Int]) {
        let n = nodeCount
        var community = (0..<n).map { Int32(truncatingIfNeeded: $0) }
        var total = degree
        var order = Array(0..<n)
        order.shuffle(using: &generator)
        var pending = order
        var members = [Int32](repeating: 1, count: n)
        let size = Self.blockSize(nodes: n)
        // A block of fewer arcs than `parallelBlockArcs` is proposed on the calling thread alone:
        // waking a second thread would cost more than it saves (the proposals are the same).
        let blockWorkers = target.count / max(1, n) * size < Self.parallelBlockArcs ? 1 : workers
        // Each node's proposed community (-1: it stays) and its own, as the workers read it.
        var proposal = [Int32](repeating: 0, count: size), ownOf = proposal
        let widest = (0..<n).reduce(0) { max($0, start[$1 + 1] - start[$1]) }
        let scratch = ScratchPool(nodeCount: n, widest: widest)
        // Nodes with a neighbour that moved in this sweep (to visit in the next one), and the
        // moves of the last block, whose neighbours are marked while the next block is proposed.
        var active = [Bool](repeating: false, count: n)
        var marking: [Int] = []
        var movedAny = false
        for _ in 0..<Self.sweepLimit {
            guard !pending.isEmpty else { break }
            var moves = 0
            for first in stride(from: 0, to: pending.count, by: size) {
                let block = first..<min(first + size, pending.count)
                propose(pending, block, community: community, total: total, resolution: resolution, workers: blockWorkers,
                        scratch: scratch, marking: marking, active: &active, into: &proposal, own: &ownOf)
                marking.removeAll(keepingCapacity: true)
                for i in 0..<block.count where proposal[i] >= 0 {
                    let u = pending[first + i]
                    let (own, new) = (Int(ownOf[i]), Int(proposal[i]))
                    // Two actors alone would swap communities and stay apart: only the move to
                    // the smaller label is made (Lu, Halappanavar & Kalyanaraman 2015).
                    if members[own] == 1 && members[new] == 1 && new > own { continue }
                    let k = degree[u]
                    total[own] -= k
                    total[new] += k
                    members[own] -= 1
                    members[new] += 1
                    community[u] = proposal[i]
                    moves += 1
                    marking.append(u)
                }
            }
            for u in marking {
                for a in start[u]..<start[u + 1] { active[Int(target[a])] = true }
            }
            marking.removeAll(keepingCapacity: true)
            if moves == 0 { break }
            movedAny = true
            // The next sweep's nodes in the seed's order; their marks are cleared for it.
            pending.removeAll(keepingCapacity: true)
            for u in order where active[u] {
                pending.append(u)
                active[u] = false
            }
        }
        return (movedAny, community.map { Int($0) })
    }

    /// The best community of each node of `pending[block]` against `community` and `total`, into
    /// `proposal` (by position in the block; -1 for a node that stays) with its community into
    /// `own` (the calling thread then reads no community of a random node), on `workers` threads; one
    /// of the threads meanwhile marks in `active` the neighbours of the nodes in `marking` (the
    /// moves of the block before, which no proposal reads).
    private func propose(
        _ pending: [Int], _ block: Range<Int>, community: [Int32], total: [Double], resolution: Double, workers: Int?,
        scratch: ScratchPool, marking: [Int], active: inout [Bool], into proposal: inout [Int32], own: inout [Int32]
    ) {
        let twoM = 2 * totalWeight
        let first = block.lowerBound
        // Task 0 marks (if there is anything to mark), the others propose: the first chunk goes
        // to the calling thread, which starts before a second thread wakes.
        let marks = marking.isEmpty ? 0 : 1
        community.withUnsafeBufferPointer { community in
            total.withUnsafeBufferPointer { total in
                degree.withUnsafeBufferPointer { degree in
                    start.withUnsafeBufferPointer { start in
                        target.withUnsafeBufferPointer { target in
                            weight.withUnsafeBufferPointer { weight in
                                proposal.withUnsafeMutableBufferPointer { proposal in
                                    own.withUnsafeMutableBufferPointer { own in
                                        active.withUnsafeMutableBufferPointer { active in
                                            let shared = Shared(community: community.baseAddress!, total: total.baseAddress!,
                                                                degree: degree.baseAddress!, start: start.baseAddress!,
                                                                target: target.baseAddress ?? EmptyBuffer.int32, weight: weight.baseAddress ?? EmptyBuffer.double,
                                                                proposal: proposal.baseAddress!, own: own.baseAddress!, active: active.baseAddress!)
                                            let used = Parallel.forEach(count: block.count + marks, workers: workers, makeState: { scratch.take() }, body: { work, task in
                                                if task < marks {
                                                    shared.mark(neighboursOf: marking)
                                                    return
                                                }
                                                let i = task - marks, u = pending[first + i]
                                                let best = shared.best(of: u, resolution: resolution, twoM: twoM, work: work)
                                                let current = shared.community[u]
                                                shared.proposal[i] = best == current ? -1 : best
                                                shared.own[i] = current
                                            })
                                            scratch.give(back: used)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The level's arrays as pointers for the workers, valid during `propose`; the workers only
    /// read them, each writes its own positions of `proposal` and `own`, and one of them `active`.
    private struct Shared: @unchecked Sendable {
        let community: UnsafePointer<Int32>
        let total: UnsafePointer<Double>
        let degree: UnsafePointer<Double>
        let start: UnsafePointer<Int>
        let target: UnsafePointer<Int32>
        let weight: UnsafePointer<Double>
        let proposal: UnsafeMutablePointer<Int32>
        let own: UnsafeMutablePointer<Int32>
        /// Written by one task of a block only (`mark`), read by none.
        let active: UnsafeMutablePointer<Bool>

        /// Marks the neighbours of `nodes` as to be visited in the next sweep.
        func mark(neighboursOf nodes: [Int]) {
            for u in nodes {
                for a in start[u]..<start[u + 1] { active[Int(target[a])] = true }
            }
        }

        /// The community `u` gains most by joining, as `moveNodes` chooses it, with u taken out
        /// of its own.
        @inline(__always)
        func best(of u: Int, resolution: Double, twoM: Double, work: Scratch) -> Int32 {
            let link = work.link
            let own = community[u]
            let k = degree[u]
            let touched = work.touched
            var count = 0
            for a in start[u]..<start[u + 1] {
                let c = Int(community[Int(target[a])])
                if link[c] == 0 {
                    touched[count] = Int32(truncatingIfNeeded: c)
                    count &+= 1
                }
                link[c] += weight[a]
            }
            var best = own
            var bestGain = link[Int(own)] - resolution * (total[Int(own)] - k) * k / twoM
            for i in 0..<count where touched[i] != own {
                let c = touched[i]
                let gain = link[Int(c)] - resolution * total[Int(c)] * k / twoM
                if gain > bestGain {
                    bestGain = gain
                    best = c
                }
            }
            for i in 0..<count { link[Int(touched[i])] = 0 }
            return best
        }
    }

    /// One worker's sums of link weights per community, all zero between nodes, and the
    /// communities a node's neighbours are in (at most as many as the largest degree).
    final class Scratch: @unchecked Sendable {
        let link: UnsafeMutablePointer<Double>
        let touched: UnsafeMutablePointer<Int32>

        init(nodeCount n: Int, widest: Int) {
            link = .filled(with: 0, count: n)
            touched = .filled(with: 0, count: max(1, widest))
        }

        deinit {
            link.deallocate()
            touched.deallocate()
        }
    }

    /// Scratch kept from block to block: a worker takes one (or a new one) and gives it back.
    final class ScratchPool: Sendable {
        private let free = Mutex<[Scratch]>([])
        private let nodeCount: Int, widest: Int

        init(nodeCount: Int, widest: Int) {
            self.nodeCount = nodeCount
            self.widest = widest
        }

        func take() -> Scratch {
            free.withLock { $0.popLast() } ?? Scratch(nodeCount: nodeCount, widest: widest)
        }

        func give(back used: [Scratch]) {
            free.withLock { $0 += used }
        }
    }
}
