import LandscapeStore

/// The history's mark as read for the request being answered: the access check reads it with the
/// session in one statement (`LandscapeStore.session(tokenHash:)`), after the request came, so
/// the kept answers (`AnswerCache`, `KeptRecords`) need no statement of their own for it.
enum RequestMark {
    /// The mark read with the request's session, for a request that only reads (GET, HEAD);
    /// `nil` for a write (which moves it) and where no session was looked up.
    @TaskLocal static var read: Int?

    /// The mark as of the request: the one read with its session, else read now.
    static func now(_ store: LandscapeStore) async throws(StoreError) -> Int {
        if let read { return read }
        return try await store.historyMark()
    }
}
