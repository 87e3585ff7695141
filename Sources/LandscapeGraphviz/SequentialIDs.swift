import CGraphviz

/// cgraph's object IDs in the order names are first used, instead of the addresses of the
/// interned names (cgraph's default, `AgIdDisc` in lib/cgraph/id.c).
///
/// Graphviz 2.42 keeps subgraphs in a set ordered by ID and lays out and draws clusters in that
/// order, so with the default IDs the order of the clusters in the SVG (the legend before or
/// after the kinds' clusters) followed the allocator's history, which differs from run to run
/// even in a fresh worker. With these IDs the same diagram gives the same bytes
/// (`RenderCommandTests.reproducible`, which failed about one run in three without it).
///
/// Named objects get even IDs 2, 4, 6 … by first use (a node and a subgraph of the same name
/// share one, as with the default); anonymous objects odd ones, as the default gives them.
/// Names are interned in the graph's string pool (`agstrdup`) for `print` and stay there until
/// the graph is closed. Each root graph has its own table (`open`/`close`); cgraph calls it
/// under `GraphvizLibrary`'s lock.
enum SequentialIDs {
    /// The discipline for `agopen`: only the ID part; memory and I/O stay cgraph's defaults.
    nonisolated(unsafe) static let discipline: UnsafeMutablePointer<Agdisc_t> = {
        let ids = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
        ids.initialize(to: Agiddisc_t(
            open: { graph, _ in
                guard let graph else { return nil }
                return Unmanaged.passRetained(IDTable(graph: graph)).toOpaque()
            },
            map: { state, _, name, id, create in
                guard let state, let id else { return 0 }
                id.pointee = IDTable.of(state).map(name, create: create != 0)
                return 1
            },
            alloc: { _, _, _ in 0 },
            free: { _, _, _ in },
            print: { state, _, id in
                guard let state else { return nil }
                return IDTable.of(state).names[id]
            },
            close: { state in
                guard let state else { return }
                Unmanaged<IDTable>.fromOpaque(state).release()
            },
            idregister: { _, _, _ in }
        ))
        let discipline = UnsafeMutablePointer<Agdisc_t>.allocate(capacity: 1)
        discipline.initialize(to: Agdisc_t(mem: nil, id: ids, io: nil))
        return discipline
    }()
}

/// The IDs of one root graph's names.
private final class IDTable {
    let graph: UnsafeMutablePointer<Agraph_t>
    var ids: [String: IDTYPE] = [:]
    var names: [IDTYPE: UnsafeMutablePointer<CChar>] = [:]
    var nextAnonymous: IDTYPE = 1

    init(graph: UnsafeMutablePointer<Agraph_t>) {
        self.graph = graph
    }

    static func of(_ state: UnsafeMutableRawPointer) -> IDTable {
        Unmanaged<IDTable>.fromOpaque(state).takeUnretainedValue()
    }

    /// The ID of `name` (made when `create`; 0, which no object has, when unknown), or a new
    /// anonymous ID when `name` is nil.
    func map(_ name: UnsafeMutablePointer<CChar>?, create: Bool) -> IDTYPE {
        guard let name else {
            defer { nextAnonymous += 2 }
            return nextAnonymous
        }
        let key = String(cString: name)
        if let id = ids[key] { return id }
        guard create, let interned = agstrdup(graph, name) else { return 0 }
        let id = IDTYPE(2 * (ids.count + 1))
        ids[key] = id
        names[id] = interned
        return id
    }
}
