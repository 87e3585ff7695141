import SQLKit

/// The store's schema as one ordered list of migrations, written in the SQL that SQLite and
/// PostgreSQL both speak (TEXT, BIGINT, DOUBLE PRECISION, composite keys, no auto-increment):
/// the same list builds and upgrades a database on either.
///
/// A migration is applied once, in a transaction with its row in `store_migrations`; a database
/// whose highest recorded version is above `Schema.version` was written by a newer program and is
/// refused. A database is given every migration of the list it does not record, also one numbered
/// below its highest (two lines of work that each added one). Append new migrations at the end;
/// never change one that has shipped.
enum Schema {
    /// One step of the schema.
    struct Migration: Sendable {
        var version: Int
        var name: String
        var statements: [String]
    }

    /// The table that records the applied migrations.
    static let migrationsTable = "store_migrations"

    static let migrations: [Migration] = [
        Migration(version: 1, name: "landscapes, actors, ties and history", statements: [
            """
            CREATE TABLE landscapes (
                id TEXT PRIMARY KEY, title TEXT, language TEXT NOT NULL, as_of TEXT,
                needs TEXT NOT NULL, extra TEXT NOT NULL, next_tie BIGINT NOT NULL, version BIGINT NOT NULL)
            """,
            """
            CREATE TABLE actors (
                landscape TEXT NOT NULL REFERENCES landscapes (id), id TEXT NOT NULL, position BIGINT NOT NULL,
                name TEXT NOT NULL, kind TEXT NOT NULL, municipality TEXT, sectors TEXT NOT NULL,
                topics TEXT NOT NULL, target_groups TEXT NOT NULL, programs TEXT NOT NULL,
                since TEXT, until TEXT, contact TEXT, note TEXT, extra TEXT NOT NULL, version BIGINT NOT NULL,
                PRIMARY KEY (landscape, id))
            """,
            """
            CREATE TABLE ties (
                landscape TEXT NOT NULL, id TEXT NOT NULL, position BIGINT NOT NULL,
                from_actor TEXT NOT NULL, to_actor TEXT NOT NULL, kind TEXT NOT NULL,
                weight DOUBLE PRECISION NOT NULL, since TEXT, until TEXT, formal BIGINT NOT NULL, note TEXT,
                extra TEXT NOT NULL, version BIGINT NOT NULL,
                PRIMARY KEY (landscape, id),
                FOREIGN KEY (landscape, from_actor) REFERENCES actors (landscape, id),
                FOREIGN KEY (landscape, to_actor) REFERENCES actors (landscape, id))
            """,
            "CREATE INDEX ties_ends ON ties (landscape, from_actor, to_actor)",
            """
            CREATE TABLE history (
                seq BIGINT PRIMARY KEY, change BIGINT NOT NULL, landscape TEXT NOT NULL, at TEXT NOT NULL,
                who TEXT, action TEXT NOT NULL, record TEXT NOT NULL, record_id TEXT NOT NULL,
                old_value TEXT, new_value TEXT, undone_by BIGINT)
            """,
            "CREATE INDEX history_change ON history (change)",
        ]),
        Migration(version: 2, name: "the map's layout", statements: [
            "CREATE TABLE map_layouts (landscape TEXT PRIMARY KEY REFERENCES landscapes (id), layout TEXT NOT NULL)",
        ]),
        Migration(version: 3, name: "planned ties", statements: [
            "ALTER TABLE ties ADD COLUMN status TEXT",
        ]),
        // No foreign key to the actors: a dismissal outlives an actor's deletion, so that undoing
        // the deletion brings back the actor with its pair still dismissed.
        Migration(version: 4, name: "dismissed suggestions", statements: [
            """
            CREATE TABLE dismissals (
                landscape TEXT NOT NULL, id TEXT NOT NULL, first_actor TEXT NOT NULL, second_actor TEXT NOT NULL,
                reason TEXT NOT NULL, at TEXT NOT NULL, who TEXT, version BIGINT NOT NULL,
                PRIMARY KEY (landscape, id))
            """,
        ]),
        Migration(version: 5, name: "accounts, sessions and share links", statements: [
            "CREATE TABLE accounts (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, created_at TEXT NOT NULL)",
            """
            CREATE TABLE account_roles (
                account TEXT NOT NULL REFERENCES accounts (name), landscape TEXT NOT NULL, role TEXT NOT NULL,
                PRIMARY KEY (account, landscape))
            """,
            """
            CREATE TABLE sessions (
                token_hash TEXT PRIMARY KEY, account TEXT NOT NULL REFERENCES accounts (name),
                created_at TEXT NOT NULL, expires_at TEXT NOT NULL)
            """,
            """
            CREATE TABLE share_links (
                token_hash TEXT PRIMARY KEY, id TEXT NOT NULL UNIQUE, landscape TEXT NOT NULL, on_day TEXT,
                created_by TEXT, created_at TEXT NOT NULL, expires_at TEXT NOT NULL)
            """,
        ]),
    ]

    /// The schema version this program writes.
    static var version: Int { migrations.last?.version ?? 0 }

    /// The statement that creates the migrations table.
    static let createMigrationsTable =
        "CREATE TABLE \(migrationsTable) (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
}
