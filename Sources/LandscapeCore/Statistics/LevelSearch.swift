/// A direction-optimising breadth-first search (Beamer, Asanović & Patterson 2012,
/// "Direction-optimizing breadth-first search", SC '12, doi:10.1109/SC.2012.50) for the
/// diameter's bounds: it finds the same hop counts as `UnweightedPaths.Workspace.search`, but
/// on a level whose frontier has more arcs than a fourteenth of the unreached nodes' arcs it
/// turns round — each unreached node looks for a partner on the frontier and stops at the first
/// (bottom-up) — instead of following every frontier arc (top-down). In a small-world
/// landscape most actors are reached in two or three middle levels, where bottom-up reads a few
/// arcs per actor instead of all of them.
///
/// It counts no paths: only `hops`, `order` and `count` of the workspace are written, `order`
/// by level (within a bottom-up level in node order), so its last entry is the farthest node,
/// and `reset()` clears what it reached.
enum LevelSearch {
    /// Beamer's α: bottom-up when the frontier's arcs exceed the unreached arcs / α.
    static let alpha = 14
    /// Beamer's β: back to top-down when the frontier holds fewer than the component's nodes / β.
    static let beta = 24

    /// Searches from `source` within the component `run` (relabelled nodes, one run of
    /// `kernel.componentRuns()`, which holds `source`) into `workspace`.
    ///
    /// - Complexity: O(V + E) for the component's V nodes and E arcs; in a small-world network
    ///   usually far fewer arc reads.
    static func search(_ kernel: UnweightedPaths, from source: Int, run: Range<Int>, workspace: UnweightedPaths.Workspace) {
        kernel.withRows { rows in
            let hops = workspace.hops, order = workspace.order
            let outStart = rows.outStart, outTarget = rows.outTarget, inStart = rows.inStart, inTarget = rows.inTarget
            hops[source] = 0
            order[0] = Int32(truncatingIfNeeded: source)
            var head = 0, tail = 1
            var level: Int32 = 0
            var unreachedArcs = Int(outStart[run.upperBound]) - Int(outStart[run.lowerBound])
                - Int(outStart[source + 1] - outStart[source])
            var bottomUp = false
            while head < tail {
                var frontierArcs = 0
                for i in head..<tail {
                    let v = Int(order[i])
                    frontierArcs &+= Int(outStart[v &+ 1] &- outStart[v])
                }
                if bottomUp {
                    bottomUp = (tail - head) * beta >= run.count
                } else {
                    bottomUp = frontierArcs * alpha > unreachedArcs
                }
                let next = level &+ 1
                let first = tail
                if bottomUp {
                    bottomUpLevel(run, level: level, hops: hops, order: order, start: inStart, target: inTarget, tail: &tail)
                } else {
                    for i in head..<first {
                        let v = Int(order[i])
                        var k = Int(outStart[v])
                        let end = Int(outStart[v &+ 1])
                        while k < end {
                            let w32 = outTarget[k]
                            let w = Int(w32)
                            if hops[w] < 0 {
                                hops[w] = next
                                order[tail] = w32
                                tail &+= 1
                            }
                            k &+= 1
                        }
                    }
                }
                for i in first..<tail {
                    let v = Int(order[i])
                    unreachedArcs &-= Int(outStart[v &+ 1] &- outStart[v])
                }
                head = first
                level = next
            }
            workspace.count = tail
        }
    }

    /// One bottom-up level: each unreached node of `run` with a partner at `level` (by the
    /// incoming rows `start`/`target`) gets `level + 1` and is appended to `order` at `tail`.
    ///
    /// - Complexity: O(V + E) for the component, usually far fewer arc reads.
    @inline(__always)
    private static func bottomUpLevel(_ run: Range<Int>, level: Int32, hops: UnsafeMutablePointer<Int32>, order: UnsafeMutablePointer<Int32>,
                                      start: UnsafePointer<Int32>, target: UnsafePointer<Int32>, tail: inout Int) {
        let next = level &+ 1
        for v in run where hops[v] < 0 {
            var k = Int(start[v])
            let end = Int(start[v &+ 1])
            while k < end {
                if hops[Int(target[k])] == level {
                    hops[v] = next
                    order[tail] = Int32(truncatingIfNeeded: v)
                    tail &+= 1
                    break
                }
                k &+= 1
            }
        }
    }
}
