import SQLKit

/// Where the web app's map put the actors, kept so that the map keeps its shape across edits and
/// restarts. The store keeps it as the app gives it (a JSON text it does not read); it is no part
/// of the landscape, its history or its exports.
extension LandscapeStore {
    /// The kept layout of the map, `nil` when none is kept (the map is laid out anew).
    public func mapLayout() async throws(StoreError) -> String? {
        try await serialized { database throws(StoreError) in
            try await Self.run {
                try await database.raw("SELECT layout FROM map_layouts WHERE landscape = \(bind: landscapeID)")
                    .all(decodingColumn: "layout", as: String.self).first
            }
        }
    }

    /// Keeps `layout` as the map's layout; `nil` forgets it. One transaction.
    public func saveMapLayout(_ layout: String?) async throws(StoreError) {
        try await transaction { database throws(StoreError) in
            let id = landscapeID
            try await Self.run {
                try await database.raw("DELETE FROM map_layouts WHERE landscape = \(bind: id)").run()
                if let layout {
                    try await database.raw("INSERT INTO map_layouts (landscape, layout) VALUES (\(bind: id), \(bind: layout))").run()
                }
            }
        }
    }
}
