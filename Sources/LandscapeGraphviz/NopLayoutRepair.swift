import CGraphviz
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Frees what Graphviz 2.42 leaves behind after a `nop`/`nop2` layout, which every render runs
/// once (the second pass of `InProcessRenderer`): without this, one process's memory grows with
/// every render (measured with `render-soak`; LeakSanitizer names the allocations).
///
/// Three allocations of neato's `nop` path are never freed by `gvFreeLayout` in 2.42:
///
/// - `GD_neato_nlist(g)`, the node list `scan_graph` builds: `neato_cleanup_graph` frees it only
///   `if (Nop || Pack < 0)`, but the `nop`/`nop2` plugins reset the global `Nop` to 0 as soon as
///   the layout returns (plugin/neato_layout/gvlayout_neato_layout.c), so it survives whenever
///   no full neato layout has set `Pack` to -1 before;
/// - `GD_clust(g)`, the cluster array `add_cluster` grows (freed by later versions'
///   `neato_cleanup_graph` only);
/// - each cluster's label, made by `do_graph_label` in `add_cluster`; `graph_cleanup` frees only
///   the root graph's label.
///
/// Called with `GraphvizLibrary`'s lock held, just before `gvFreeLayout`. Every pointer freed here
/// is set to `NULL` in the layout record, so a Graphviz that frees it itself frees nothing twice.
/// The cluster labels are freed with Graphviz's own `free_label` (exported by libgvc, not
/// declared in its installed headers), looked up at run time; without it they are left alone.
enum NopLayoutRepair {
    private typealias FreeLabel = @convention(c) (UnsafeMutablePointer<textlabel_t>?) -> Void

    /// libgvc's `free_label`, or `nil` where this Graphviz does not export it.
    private static let freeLabel: FreeLabel? = {
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "free_label") else { return nil }
        return unsafeBitCast(symbol, to: FreeLabel.self)
    }()

    /// Frees the node list, the cluster arrays and the cluster labels of `graph`'s `nop` layout.
    ///
    /// - Complexity: O(C) for C clusters.
    static func release(_ graph: UnsafeMutablePointer<Agraph_t>) {
        guard let root = layoutRecord(of: UnsafeMutableRawPointer(graph)) else { return }
        free(root.pointee.neato_nlist)
        root.pointee.neato_nlist = nil
        releaseClusters(of: root)
    }

    private static func releaseClusters(of record: UnsafeMutablePointer<Agraphinfo_t>) {
        let count = Int(record.pointee.n_cluster)
        if let clusters = record.pointee.clust {
            // Clusters are clust[1...n_cluster] (types.h).
            for index in stride(from: 1, through: count, by: 1) {
                guard let cluster = clusters[index], let info = layoutRecord(of: UnsafeMutableRawPointer(cluster)) else { continue }
                if let freeLabel, let label = info.pointee.label {
                    freeLabel(label)
                    info.pointee.label = nil
                }
                releaseClusters(of: info)
            }
            free(clusters)
        }
        record.pointee.clust = nil
        record.pointee.n_cluster = 0
    }

    /// The object's `Agraphinfo_t` layout record, moved to the front of its record list as the
    /// `GD_…` macros expect (what `gvFreeLayout` does too); `nil` when it has none.
    private static func layoutRecord(of object: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Agraphinfo_t>? {
        withMutableCString("Agraphinfo_t") { agbindrec(object, $0, 0, 1) }?.assumingMemoryBound(to: Agraphinfo_t.self)
    }
}
