import Foundation
import LandscapeCore
import LandscapeStore

/// A share link just made: the token (shown once, never stored) and its record.
public struct NewShareLink: Sendable {
    public var link: ShareLink
    public var token: String

    /// The path the link opens on the server: `/s/TOKEN/` (the map; every reading page below it).
    public var path: String { "/s/\(token)/" }
}

/// `landscape share …`: read-only links to one landscape for people without an account.
public enum ShareLinks {
    /// How long a link lasts when no other time is given.
    public static let defaultDays = 30

    /// Makes a link to `landscape`, on `onDay` if given, lasting `days` days; `by` is the
    /// account that made it (`nil` from the command line).
    public static func add(
        landscape: String, onDay: PartialDate?, days: Int, by: String?, in database: AccountDatabase
    ) async throws(AccountFailure) -> NewShareLink {
        let token = Tokens.new()
        let now = Date()
        let link = ShareLink(id: String(Tokens.new().prefix(8)), landscape: landscape, onDay: onDay?.description, createdBy: by,
                             createdAt: timestamp(now), expiresAt: timestamp(now.addingTimeInterval(TimeInterval(days) * 86_400)))
        try await UserAccounts.with(database) { store throws(StoreError) in try await store.addShareLink(link, tokenHash: Tokens.hash(token)) }
        return NewShareLink(link: link, token: token)
    }

    /// Every link, expired ones too.
    public static func list(in database: AccountDatabase) async throws(AccountFailure) -> [ShareLink] {
        try await UserAccounts.with(database) { store throws(StoreError) in try await store.shareLinks() }
    }

    /// Revokes the link `id`.
    public static func revoke(_ id: String, in database: AccountDatabase) async throws(AccountFailure) {
        try await UserAccounts.with(database) { store throws(StoreError) in try await store.revokeShareLink(id: id) }
    }

    /// Whether a link that expires at `expiresAt` (as the store writes times) has expired.
    public static func expired(_ expiresAt: String) -> Bool {
        expiresAt <= timestamp(Date())
    }

    /// A time as the store writes it: UTC, to the second, ISO 8601.
    static func timestamp(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
