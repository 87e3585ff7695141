import Foundation
import SQLKit

/// A read-only link to one landscape, for people without an account (a steering group): the
/// landscape as a reader sees it, on one day if it names one, until it expires or is revoked.
/// The database keeps the SHA-256 of its token, never the token.
public struct ShareLink: Sendable, Equatable {
    /// A short id to name the link by (listing, revoking); it opens nothing.
    public var id: String
    /// The landscape it shows.
    public var landscape: String
    /// The day it shows the landscape on (as `--at` takes it); `nil`: as it is.
    public var onDay: String?
    /// Who made it (an account's name, or `nil` from the command line).
    public var createdBy: String?
    public var createdAt: String
    public var expiresAt: String

    public init(id: String, landscape: String, onDay: String?, createdBy: String?, createdAt: String, expiresAt: String) {
        self.id = id
        self.landscape = landscape
        self.onDay = onDay
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

/// The share links of the database, for all its landscapes. Each call is one transaction.
extension LandscapeStore {
    /// Records a share link whose token hashes to `tokenHash`, until `expires`.
    ///
    /// - Throws: `badLandscapeID`, and `noSuchLandscape` when the database does not hold `link.landscape`.
    public func addShareLink(_ link: ShareLink, tokenHash: String) async throws(StoreError) {
        guard Self.isLandscapeID(link.landscape) else { throw .badLandscapeID(link.landscape) }
        try await transaction { database throws(StoreError) in
            let held = try await Self.run {
                try await database.raw("SELECT id FROM landscapes WHERE id = \(bind: link.landscape)").first() != nil
            }
            if !held { throw .noSuchLandscape(link.landscape) }
            try await Self.run {
                try await database.raw("""
                    INSERT INTO share_links (token_hash, id, landscape, on_day, created_by, created_at, expires_at)
                    VALUES (\(bind: tokenHash), \(bind: link.id), \(bind: link.landscape), \(bind: link.onDay),
                            \(bind: link.createdBy), \(bind: link.createdAt), \(bind: link.expiresAt))
                    """).run()
            }
        }
    }

    /// The link whose token hashes to `tokenHash`, while it has not expired.
    public func shareLink(tokenHash: String) async throws(StoreError) -> ShareLink? {
        try await shareLinks(where: "token_hash = ", tokenHash).first { $0.expiresAt > Self.now() }
    }

    /// Every link of the database (of every landscape), expired ones too, by landscape and time.
    public func shareLinks() async throws(StoreError) -> [ShareLink] {
        try await shareLinks(where: nil, nil)
    }

    /// Revokes the link `id`: its token opens nothing from now on.
    ///
    /// - Throws: `noSuchShareLink`.
    public func revokeShareLink(id: String) async throws(StoreError) {
        try await transaction { database throws(StoreError) in
            let found = try await Self.run { try await database.raw("SELECT id FROM share_links WHERE id = \(bind: id)").first() != nil }
            if !found { throw .noSuchShareLink(id) }
            try await Self.run { try await database.raw("DELETE FROM share_links WHERE id = \(bind: id)").run() }
        }
    }

    /// The links matching `column = value` (`nil`: all).
    private func shareLinks(where condition: String?, _ value: String?) async throws(StoreError) -> [ShareLink] {
        try await serialized { database throws(StoreError) in
            try await Self.run {
                var query = SQLQueryString("SELECT id, landscape, on_day, created_by, created_at, expires_at FROM share_links")
                if let condition, let value { query = query + " WHERE \(unsafeRaw: condition)\(bind: value)" }
                return try await database.raw(query + " ORDER BY landscape, created_at, id").all().map { row in
                    ShareLink(id: try row.decode(column: "id", as: String.self), landscape: try row.decode(column: "landscape", as: String.self),
                              onDay: try row.decode(column: "on_day", as: String?.self), createdBy: try row.decode(column: "created_by", as: String?.self),
                              createdAt: try row.decode(column: "created_at", as: String.self), expiresAt: try row.decode(column: "expires_at", as: String.self))
                }
            }
        }
    }
}
