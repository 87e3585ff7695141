import LandscapeCore
import LandscapeStore

/// The landscape the pages read, kept until the database changes: every page needs the whole
/// landscape, and reading and decoding every row for each of many readers made them queue at
/// the store. A request asks the store only for the mark of its last change
/// (`LandscapeStore.historyMark`) and reads the rows again when it moved — after an edit of
/// this server or of another process on the same database.
actor LandscapeReads {
    private let store: LandscapeStore
    private var kept: (mark: Int, landscape: Landscape)?

    init(store: LandscapeStore) {
        self.store = store
    }

    /// The title of the landscape last read, for a page that cannot read it now.
    var title: String? { kept?.landscape.title }

    /// The landscape as the store holds it now.
    ///
    /// - Complexity: one look-up while nothing changed; otherwise the store's read, O(A + T).
    func landscape() async throws(StoreError) -> Landscape {
        let mark = try await RequestMark.now(store)
        if let kept, kept.mark == mark { return kept.landscape }
        // Read after the mark: a change in between makes the next request read again, never
        // keeps an older landscape under a newer mark.
        let landscape = try await store.landscape()
        kept = (mark, landscape)
        return landscape
    }
}
