/// Parallel local moving for large levels (PLM: Staudt & Meyerhenke 2016, "Engineering Parallel
/// Algorithms for Community Detection in Massive Networks", IEEE TPDS 27(1), 171–184,
/// doi:10.1109/TPDS.2015.2390633), made deterministic by colour classes (Lu, Halappanavar &
/// Kalyanaraman 2015, "Parallel heuristics for scalable community detection", Parallel
/// Computing 47, doi:10.1016/j.parco.2015.03.003).
///
/// PLM lets every core move nodes at once against a shared, changing partition, so its result
/// depends on timing. Here the nodes are taken colour class by colour class (`colourClasses`:
/// no two nodes of a class are adjacent), the classes in the seed's random order, the nodes of a
/// class in node order. The cores split a class into contiguous parts; every node of it chooses
/// its best community against the communities of its neighbours as they are (none of them is
/// in the class) and the communities' totals as they were before the class, and moves at once.
/// The totals are then updated for the class's moves in node order, undoing a move that no
/// longer gains against the totals as updated so far (`ColourSweep.apply`). The result depends
/// on the seed only, not on the number of cores, and the cores read the rows in node order, as
/// PLM does: on a landscape whose actors are listed group by group, the reads stay local.
///
/// A node is visited again only when a neighbour moved in the sweep before (the pruning of Lu
/// et al.): after the first sweeps few nodes still change, and only their neighbourhoods are
/// read again. Lu et al.'s rule against two singletons swapping places is not needed: two
/// adjacent nodes are never in the same class.
extension LouvainLevel {
    /// Sweeps at most (NetworKit's PLM stops after 32 too): moves chosen on totals that changed
    /// meanwhile could otherwise undo each other forever.
    static let sweepLimit = 32
    /// Classes of fewer pending arcs than this are moved on the calling thread alone: meeting the
    /// other threads twice would cost more than the work (some microseconds).
    static let parallelClassArcs = 4_096

    /// The local-moving phase on `workers` threads (all cores when nil): the best community for
    /// each node as `moveNodes` chooses it (the largest gain, the first found on ties, staying on
    /// no gain), class by class as described above, in sweeps until none moves. Returns whether
    /// any node moved and the community of each node.
    ///
    /// - Complexity: O(V + E) per full sweep plus O(V) to collect the next sweep's nodes;
    ///   O(V + Δ) extra space per worker for Δ the largest degree.
    func moveNodesInParallel(resolution: Double, workers: Int?, using generator: inout some RandomNumberGenerator) -> (Bool, [Int]) {
        let classes = colourClasses()
        var order = Array(0..<classes.count)
        order.shuffle(using: &generator)
        let team = max(1, workers ?? Parallel.defaultWorkers)
        let sweep = ColourSweep(level: self, classes: classes, order: order, workers: team, resolution: resolution)
        start.withUnsafeBufferPointer { start in
            target.withUnsafeBufferPointer { target in
                weight.withUnsafeBufferPointer { weight in
                    degree.withUnsafeBufferPointer { degree in
                        let rows = Rows(start: start.baseAddress!, target: target.baseAddress ?? EmptyBuffer.int32,
                                        weight: weight.baseAddress ?? EmptyBuffer.double, degree: degree.baseAddress!,
                                        community: sweep.community, total: sweep.total)
                        Parallel.team(workers: team) { rank, barrier in sweep.run(rank: rank, barrier: barrier, rows: rows) }
                    }
                }
            }
        }
        return (sweep.movedAny, (0..<nodeCount).map { Int(sweep.community[$0]) })
    }

    /// The level's rows and the partition as pointers for the team, valid during its run.
    struct Rows: @unchecked Sendable {
        let start: UnsafePointer<Int>
        let target: UnsafePointer<Int32>
        let weight: UnsafePointer<Double>
        let degree: UnsafePointer<Double>
        let community: UnsafeMutablePointer<Int32>
        let total: UnsafeMutablePointer<Double>

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
            work.lastOwn = link[Int(own)]
            work.lastBest = link[Int(own)]
            for i in 0..<count where touched[i] != own {
                let c = touched[i]
                let gain = link[Int(c)] - resolution * total[Int(c)] * k / twoM
                if gain > bestGain {
                    bestGain = gain
                    best = c
                    work.lastBest = link[Int(c)]
                }
            }
            for i in 0..<count { link[Int(touched[i])] = 0 }
            return best
        }
    }

    /// One worker's sums of link weights per community, all zero between nodes, the communities
    /// a node's neighbours are in (at most as many as the largest degree), the nodes it moved in
    /// the current class with their communities before and their links to both, and its marks
    /// of the nodes to visit in the next sweep.
    final class Scratch: @unchecked Sendable {
        let link: UnsafeMutablePointer<Double>
        let touched: UnsafeMutablePointer<Int32>
        let moved: UnsafeMutablePointer<Int32>
        let from: UnsafeMutablePointer<Int32>
        var moves = 0
        let active: UnsafeMutablePointer<Bool>
        let linkOwn: UnsafeMutablePointer<Double>
        let linkNew: UnsafeMutablePointer<Double>
        var lastOwn = 0.0, lastBest = 0.0

        init(nodeCount n: Int, widest: Int) {
            link = .filled(with: 0, count: max(1, n))
            touched = .filled(with: 0, count: max(1, widest))
            moved = .filled(with: 0, count: max(1, n))
            from = .filled(with: 0, count: max(1, n))
            active = .filled(with: false, count: max(1, n))
            linkOwn = .filled(with: 0, count: max(1, n))
            linkNew = .filled(with: 0, count: max(1, n))
        }

        deinit {
            link.deallocate()
            touched.deallocate()
            moved.deallocate()
            from.deallocate()
            active.deallocate()
            linkOwn.deallocate()
            linkNew.deallocate()
        }
    }
}
