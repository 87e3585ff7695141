import CGraphviz

/// Keeps the graph of the last circo layout allocated until circo lays out another graph,
/// because Graphviz 2.42's circo remembers that graph by its address.
///
/// `initGraphAttrs` (lib/circogen/circularinit.c) keeps, in `static` variables, the root graph
/// it last saw and what it looked up in it: the `mindist` attribute symbol, the `root` and
/// `articulation_pos` node symbols, the `root` value and the block counter. It refreshes them
/// only `if (rg != rootg)`, comparing addresses, and then calls
/// `late_double(rootg, G_mindist, …)` on every layout. When a graph is closed and the next
/// graph is allocated at the same address — routine after many renders in one process — circo
/// takes it for the old one and reads the new graph's attributes through the freed graph's
/// symbol: `agxget` indexes the attribute array with whatever the freed memory now holds.
/// That is the SIGSEGV in `agxget` ← `late_double` ← `circularLayout` seen once in CI and
/// reproduced under ThreadSanitizer (whose allocator reuses addresses differently); before
/// crashing, the stale block counter also made the second circo render in a process differ
/// from the first.
///
/// While the graph stays allocated no other graph can get its address, so the next circo
/// layout always sees a new root graph and refreshes everything from a live one. At most one
/// extra graph (its layout freed) is kept; it is closed as soon as circo has laid out another.
/// Only used with `GraphvizLibrary`'s lock held.
enum CircoGraphRetention {
    /// The root graph of the last circo layout, if any.
    nonisolated(unsafe) private static var current: UnsafeMutablePointer<Agraph_t>?
    /// Whether its owner has closed it (so that it is kept only for circo's sake).
    nonisolated(unsafe) private static var currentIsClosed = false

    /// Records that circo has just laid out `graph`; the graph kept for the previous circo
    /// layout, no longer referred to by circo, is closed now.
    static func laidOut(_ graph: UnsafeMutablePointer<Agraph_t>) {
        if let current, current != graph, currentIsClosed { agclose(current) }
        current = graph
        currentIsClosed = false
    }

    /// Closes `graph` unless circo may still refer to it, in which case it is kept (and closed
    /// after the next circo layout).
    static func close(_ graph: UnsafeMutablePointer<Agraph_t>) {
        if graph == current {
            currentIsClosed = true
        } else {
            agclose(graph)
        }
    }
}
