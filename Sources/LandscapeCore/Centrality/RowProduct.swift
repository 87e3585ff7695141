/// The steps of the power iterations as sparse matrix–vector products over the incoming rows of
/// a network, on `workers` threads, each taking whole blocks of rows.
///
/// A row's sum is formed in the row's order, with the same operations as the one-thread loop it
/// replaces, so the results are bit for bit those of one thread.
struct RowProduct: @unchecked Sendable {
    let start: [Int]
    let target: [Int32]
    /// The arcs' weights; `nil` when unweighted (every weight 1).
    let weight: [Double]?
    var nodeCount: Int { start.count - 1 }

    /// Rows per block handed to a worker.
    static let block = 4_096
    /// Below this many rows plus arcs a product runs on one thread: a step takes ~0.1 ms there,
    /// and waking a second thread per step cost more than it saved (PageRank on sbm-20k, 212,000
    /// rows plus arcs: 0.007–0.008 s on one thread, 0.016 s on two).
    static let parallelAbove = 1 << 20

    /// The workers for one product: one below `parallelAbove` or under 4 blocks.
    private func workers(_ requested: Int?, blocks: Int) -> Int? {
        blocks < 4 || nodeCount + target.count < Self.parallelAbove ? 1 : requested
    }

    init(_ network: Network) {
        start = network.inStart
        target = network.inTarget
        weight = network.isWeighted ? network.inWeight : nil
    }

    /// next = (A + I)·x over incoming arcs: next[v] = x[v] + Σ x[u]·w(u→v).
    func adjacencyPlusIdentity(_ x: [Double], into next: inout [Double], workers: Int?) {
        rows(x, into: &next, workers: workers) { v, x, start, target, weight in
            var sum = x[v]
            if let weight {
                for k in start[v]..<start[v + 1] { sum += x[Int(target[k])] * weight[k] }
            } else {
                for k in start[v]..<start[v + 1] { sum += x[Int(target[k])] }
            }
            return sum
        }
    }

    /// One PageRank step, next[v] = alpha·(Σ x[u]·w(u→v)/out(u) + jump) + (1 − alpha)·uniform
    /// (unweighted, each x[u]/out(u) divided once), and in the same pass the L1 change Σ|next[v] − x[v]| and
    /// the mass next puts on dangling nodes (out-total 0), each summed per block of rows in node
    /// order and then over the blocks in block order: the same bits on any number of workers,
    /// and on one block (≤ 4,096 nodes) those of serial sums in node order.
    func surferSums(
        _ x: [Double], outTotal: [Double], alpha: Double, jump: Double, uniform: Double, into next: inout [Double], workers: Int?
    ) -> (change: Double, dangling: Double) {
        let shares = weight == nil ? zip(x, outTotal).map { $0 / $1 } : []
        let partials = outTotal.withUnsafeBufferPointer { outTotal in
            shares.withUnsafeBufferPointer { shares in
                let out = Pointer(base: outTotal.baseAddress!), share = Pointer(base: shares.baseAddress ?? outTotal.baseAddress!)
                return blockSums(x, into: &next, workers: workers) { v, x, start, target, weight in
                    var sum = 0.0
                    if let weight {
                        for k in start[v]..<start[v + 1] {
                            let u = Int(target[k])
                            sum += x[u] * weight[k] / out.base[u]
                        }
                    } else {
                        for k in start[v]..<start[v + 1] { sum += share.base[Int(target[k])] }
                    }
                    let value = alpha * (sum + jump) + (1 - alpha) * uniform
                    return (value, abs(value - x[v]), out.base[v] == 0 ? value : 0)
                }
            }
        }
        var change = 0.0, dangling = 0.0
        for (_, c, d) in partials.joined().sorted(by: { $0.0 < $1.0 }) {
            change += c
            dangling += d
        }
        return (change, dangling)
    }

    /// As `rows`, with `row` also giving two terms to sum; returns (block, Σ first, Σ second)
    /// per block, each sum in node order.
    private func blockSums(
        _ x: [Double], into next: inout [Double], workers: Int?,
        _ row: @Sendable (Int, UnsafePointer<Double>, UnsafePointer<Int>, UnsafePointer<Int32>, UnsafePointer<Double>?) -> (Double, Double, Double)
    ) -> [[(Int, Double, Double)]] {
        let n = nodeCount
        var result: [[(Int, Double, Double)]] = []
        withView(x, into: &next) { view in
            let blocks = (n + Self.block - 1) / Self.block
            result = Parallel.forEach(count: blocks, workers: self.workers(workers, blocks: blocks), makeState: { [(Int, Double, Double)]() }, body: { state, b in
                var first = 0.0, second = 0.0
                for v in b * Self.block..<min(n, (b + 1) * Self.block) {
                    let (value, a, c) = row(v, view.x, view.start, view.target, view.weight)
                    view.next[v] = value
                    first += a
                    second += c
                }
                state.append((b, first, second))
            })
        }
        return result
    }

    /// next[v] = row(v, x, start, target, weight) for every row, blocks of rows on the workers.
    private func rows(
        _ x: [Double], into next: inout [Double], workers: Int?,
        _ row: @Sendable (Int, UnsafePointer<Double>, UnsafePointer<Int>, UnsafePointer<Int32>, UnsafePointer<Double>?) -> Double
    ) {
        let n = nodeCount
        withView(x, into: &next) { view in
            let blocks = (n + Self.block - 1) / Self.block
            _ = Parallel.forEach(count: blocks, workers: self.workers(workers, blocks: blocks), makeState: { () }, body: { _, b in
                for v in b * Self.block..<min(n, (b + 1) * Self.block) {
                    view.next[v] = row(v, view.x, view.start, view.target, view.weight)
                }
            })
        }
    }

    /// Calls `body` with pointers to `x`, `next`, the rows and the weights (`nil` when unweighted).
    private func withView(_ x: [Double], into next: inout [Double], _ body: (View) -> Void) {
        x.withUnsafeBufferPointer { x in
            next.withUnsafeMutableBufferPointer { next in
                start.withUnsafeBufferPointer { start in
                    target.withUnsafeBufferPointer { target in
                        withWeights { weights in
                            body(View(x: x.baseAddress!, next: next.baseAddress!, start: start.baseAddress!,
                                      target: target.baseAddress ?? EmptyBuffer.int32, weight: weights))
                        }
                    }
                }
            }
        }
    }

    /// Calls `body` with the weights' storage, or `nil` when unweighted.
    private func withWeights(_ body: (UnsafePointer<Double>?) -> Void) {
        if let weight {
            weight.withUnsafeBufferPointer { body($0.baseAddress) }
        } else {
            body(nil)
        }
    }

    /// Pointers into the arrays of one product, valid during it; each worker writes only its rows.
    private struct View: @unchecked Sendable {
        let x: UnsafePointer<Double>
        let next: UnsafeMutablePointer<Double>
        let start: UnsafePointer<Int>
        let target: UnsafePointer<Int32>
        let weight: UnsafePointer<Double>?
    }

    private struct Pointer: @unchecked Sendable {
        let base: UnsafePointer<Double>
    }
}
