/// The state of one local-moving phase by colour classes (`LouvainLevel.moveNodesInParallel`),
/// shared by the ranks of a `Parallel.team`: every rank runs `run`, which walks the same classes
/// in the same order; the ranks meet at the barrier around each class large enough to split.
/// Between two meetings each rank writes only the communities of its own part of the class and
/// its own scratch; the totals, the pending nodes and the counters are written by rank 0 alone
/// while the others wait.
final class ColourSweep: @unchecked Sendable {
    let classes: ColourClasses
    let order: [Int]
    let community: UnsafeMutablePointer<Int32>
    let total: UnsafeMutablePointer<Double>
    /// The nodes to visit in this sweep, class by class (`classStart`), ascending within each,
    /// and the prefix sums of their numbers of arcs.
    private let pending: UnsafeMutablePointer<Int32>
    private let pendingArcs: UnsafeMutablePointer<Int>
    private let classStart: UnsafeMutablePointer<Int>
    private let scratch: [LouvainLevel.Scratch]
    private let resolution: Double
    private let twoM: Double
    private(set) var movedAny = false
    private var moves = 0
    private var stop = false

    init(level: LouvainLevel, classes: ColourClasses, order: [Int], workers: Int, resolution: Double) {
        let n = level.nodeCount
        self.classes = classes
        self.order = order
        self.resolution = resolution
        twoM = 2 * level.totalWeight
        community = .allocate(capacity: max(1, n))
        total = .allocate(capacity: max(1, n))
        pending = .allocate(capacity: max(1, n))
        pendingArcs = .allocate(capacity: n + 1)
        classStart = .allocate(capacity: classes.count + 1)
        for u in 0..<n {
            community[u] = Int32(truncatingIfNeeded: u)
            total[u] = level.degree[u]
        }
        pendingArcs[0] = 0
        for (i, u) in classes.nodes.enumerated() {
            pending[i] = u
            pendingArcs[i + 1] = pendingArcs[i] + level.start[Int(u) + 1] - level.start[Int(u)]
        }
        for c in 0...classes.count { classStart[c] = classes.first[c] }
        let widest = level.widestRow
        scratch = (0..<workers).map { _ in LouvainLevel.Scratch(nodeCount: n, widest: widest) }
    }

    deinit {
        community.deallocate()
        total.deallocate()
        pending.deallocate()
        pendingArcs.deallocate()
        classStart.deallocate()
    }

    /// Rank `rank`'s part of the sweeps (see the type). A class of fewer pending arcs than
    /// `LouvainLevel.parallelClassArcs`, or any class in a team of one, is moved by rank 0 alone
    /// with no meeting: the moves are the same either way.
    func run(rank: Int, barrier: TeamBarrier, rows: LouvainLevel.Rows) {
        let parties = barrier.parties
        for _ in 0..<LouvainLevel.sweepLimit {
            for c in order {
                let nodes = classStart[c]..<classStart[c + 1]
                if nodes.isEmpty { continue }
                if parties == 1 || pendingArcs[nodes.upperBound] - pendingArcs[nodes.lowerBound] < LouvainLevel.parallelClassArcs {
                    if rank == 0 {
                        propose(nodes, rank: 0, rows: rows)
                        apply(rows: rows, parties: parties)
                    }
                    continue
                }
                barrier.wait()  // the totals of the classes before are final
                propose(part(rank, of: parties, nodes), rank: rank, rows: rows)
                barrier.wait()  // every part has chosen
                if rank == 0 { apply(rows: rows, parties: parties) }
            }
            barrier.wait()  // every mark is made
            if rank == 0 { nextSweep(parties: parties, rows: rows) }
            barrier.wait()
            if stop { break }
        }
    }

    /// The `rank`th of `parties` contiguous parts of the pending positions `nodes`, of about
    /// equal numbers of arcs.
    private func part(_ rank: Int, of parties: Int, _ nodes: Range<Int>) -> Range<Int> {
        func bound(_ index: Int) -> Int {
            if index == 0 { return nodes.lowerBound }
            if index == parties { return nodes.upperBound }
            let base = pendingArcs[nodes.lowerBound]
            let goal = base + (pendingArcs[nodes.upperBound] - base) * index / parties
            var low = nodes.lowerBound, high = nodes.upperBound
            while low < high {
                let middle = (low + high) / 2
                if pendingArcs[middle] < goal { low = middle + 1 } else { high = middle }
            }
            return low
        }
        return bound(rank)..<bound(rank + 1)
    }

    /// Each node of `nodes` joins its best community at once (no node of its class reads its
    /// community), recording the move with its links to both communities and marking its
    /// neighbours for the next sweep.
    private func propose(_ nodes: Range<Int>, rank: Int, rows: LouvainLevel.Rows) {
        let work = scratch[rank]
        var moves = work.moves
        for i in nodes {
            let u = Int(pending[i])
            let own = rows.community[u]
            let best = rows.best(of: u, resolution: resolution, twoM: twoM, work: work)
            guard best != own else { continue }
            rows.community[u] = best
            work.moved[moves] = pending[i]
            work.from[moves] = own
            work.linkOwn[moves] = work.lastOwn
            work.linkNew[moves] = work.lastBest
            moves += 1
            for a in rows.start[u]..<rows.start[u + 1] { work.active[Int(rows.target[a])] = true }
        }
        work.moves = moves
    }

    /// The totals updated for the moves of the class, in node order (rank by rank: the parts
    /// are in node order). A move that no longer gains against the totals as updated so far is
    /// undone, and the node visited again in the next sweep: its links to its old and its new
    /// community are exact (none of its neighbours is in the class), so only the totals can
    /// have changed since it chose (class-mates joining the same community, as hubs' neighbours
    /// do). Without this check the first level of an 8,000-actor block model lost 0.05 of
    /// modularity against moving one by one.
    private func apply(rows: LouvainLevel.Rows, parties: Int) {
        for work in scratch.prefix(parties) {
            for j in 0..<work.moves {
                let u = Int(work.moved[j])
                let k = rows.degree[u]
                let own = Int(work.from[j]), new = Int(rows.community[u])
                let stay = work.linkOwn[j] - resolution * (total[own] - k) * k / twoM
                let go = work.linkNew[j] - resolution * total[new] * k / twoM
                guard go > stay else {
                    rows.community[u] = work.from[j]
                    scratch[0].active[u] = true
                    continue
                }
                total[own] -= k
                total[new] += k
                moves += 1
            }
            work.moves = 0
        }
    }

    /// The next sweep's nodes: those with a marked neighbour, class by class; `stop` when no
    /// node moved in this sweep or none is left.
    private func nextSweep(parties: Int, rows: LouvainLevel.Rows) {
        guard moves > 0 else {
            stop = true
            return
        }
        movedAny = true
        moves = 0
        let marks = scratch.prefix(parties).map(\.active)
        var count = 0
        for c in 0..<classes.count {
            classStart[c] = count
            for index in classes.first[c]..<classes.first[c + 1] {
                let u = Int(classes.nodes[index])
                var marked = false
                for active in marks where active[u] {
                    marked = true
                    active[u] = false
                }
                guard marked else { continue }
                pending[count] = Int32(truncatingIfNeeded: u)
                pendingArcs[count + 1] = pendingArcs[count] + rows.start[u + 1] - rows.start[u]
                count += 1
            }
        }
        classStart[classes.count] = count
        stop = count == 0
    }
}

