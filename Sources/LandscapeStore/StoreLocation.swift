import Foundation

/// Where a store lives: an SQLite file, or a database on a PostgreSQL server.
///
/// `--db` takes either: a text that begins with `postgres://` or `postgresql://` is a server's
/// address, anything else a file's path.
public enum StoreLocation: Sendable, Hashable {
    case file(path: String)
    case postgres(PostgresAddress)

    /// The location `text` names.
    ///
    /// - Throws: `badAddress` for a PostgreSQL address that cannot be read or carries a password.
    public init(_ text: String) throws(StoreError) {
        if PostgresAddress.isAddress(text) {
            self = .postgres(try PostgresAddress(text))
        } else {
            self = .file(path: text)
        }
    }

    /// The file's path or the server's address, as errors name the database.
    var name: String {
        switch self {
        case .file(let path): path
        case .postgres(let address): address.description
        }
    }

    /// Whether `text` names a server rather than a file.
    public static func isServer(_ text: String) -> Bool {
        PostgresAddress.isAddress(text)
    }
}

/// A PostgreSQL database: `postgres://USER@HOST[:PORT]/DATABASE`, or over a unix socket
/// `postgres://USER@/DATABASE?host=/run/postgresql&port=5432` (the folder of the socket and the
/// server's port, which names the socket file, as libpq reads them). Over TCP, `?sslmode=`
/// chooses TLS as libpq's modes do (`disable`, the default here; `prefer`; `require`;
/// `verify-full`).
/// The password is never part of the address (it would show in the process list and the shell's
/// history); `PostgresPassword` finds it.
public struct PostgresAddress: Sendable, Hashable, CustomStringConvertible {
    public var user: String
    /// The server's name or address; empty with `socketFolder`.
    public var host: String
    public var port: Int
    public var database: String
    /// The folder of the server's unix socket (`?host=/path`), instead of TCP.
    public var socketFolder: String?
    /// Whether the connection is encrypted (`?sslmode=`).
    public var tls: TLSMode = .disable

    /// libpq's `sslmode`s that the store speaks.
    public enum TLSMode: String, Sendable, Hashable {
        /// No TLS.
        case disable
        /// TLS when the server offers it, else none; the certificate is not checked.
        case prefer
        /// TLS or no connection; the certificate is not checked (it protects against reading, not
        /// against a server posing as this one).
        case require
        /// TLS with the server's certificate checked against the system's authorities and the host name.
        case verifyFull = "verify-full"
    }

    /// Reads `text`.
    ///
    /// - Throws: `badAddress` when the user or database is missing, the port is no number,
    ///   a password is written in the address, or a parameter other than `host` is given.
    public init(_ text: String) throws(StoreError) {
        let bad = StoreError.badAddress(text)
        guard Self.isAddress(text), let url = URLComponents(string: text) else { throw bad }
        if url.password != nil { throw .passwordInAddress(Self.redacted(text)) }
        guard let user = url.user, !user.isEmpty else { throw bad }
        let database = String(url.path.dropFirst())
        guard !database.isEmpty, !database.contains("/") else { throw bad }
        var socketFolder: String?
        var tls = TLSMode.disable
        var port = url.port
        for item in url.queryItems ?? [] {
            switch (item.name, item.value) {
            case ("host", let value?) where value.hasPrefix("/"): socketFolder = value
            case ("port", let value?) where Int(value) != nil: port = Int(value)
            case ("sslmode", let value?) where TLSMode(rawValue: value) != nil: tls = TLSMode(rawValue: value) ?? .disable
            default: throw bad
            }
        }
        let host = url.host ?? ""
        guard !host.isEmpty || socketFolder != nil else { throw bad }
        self.user = user.removingPercentEncoding ?? user
        self.host = host
        self.port = port ?? 5432
        self.database = database.removingPercentEncoding ?? database
        self.socketFolder = socketFolder
        self.tls = tls
    }

    static func isAddress(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// The address as it is shown: no password, ever.
    public var description: String {
        let place = socketFolder.map { "/\(database)?host=\($0)&port=\(port)" } ?? "\(host):\(port)/\(database)"
        let mode = tls == .disable ? "" : (socketFolder == nil ? "?" : "&") + "sslmode=" + tls.rawValue
        return "postgres://\(user)@\(place)\(mode)"
    }

    /// The socket file libpq would use in `socketFolder`.
    var socketPath: String? {
        socketFolder.map { "\($0)/.s.PGSQL.\(port)" }
    }

    /// `text` with anything between `://` and `@` cut to the user name.
    static func redacted(_ text: String) -> String {
        guard let scheme = text.range(of: "://"), let at = text.range(of: "@", range: scheme.upperBound..<text.endIndex) else { return text }
        let credentials = text[scheme.upperBound..<at.lowerBound]
        let user = credentials.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        return String(text[..<scheme.upperBound]) + user + String(text[at.lowerBound...])
    }
}

/// Where the password of a PostgreSQL user comes from, first found wins: a file the user names
/// (its first line; `--db-password-file`), `PGPASSWORD`, then the password file `PGPASSFILE`
/// names (libpq's format: `host:port:database:user:password` per line, `*` for any value,
/// `\:` and `\\` escaped). None: the server may still let the user in (trust, peer).
public enum PostgresPassword {
    /// The password for `address`, or `nil` when none is given.
    ///
    /// - Throws: `unreadablePasswordFile` for a named file that cannot be read.
    public static func find(for address: PostgresAddress, file: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) -> String? {
        if let file {
            let text = try read(file)
            return String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        }
        if let password = environment["PGPASSWORD"] { return password }
        guard let passfile = environment["PGPASSFILE"], !passfile.isEmpty else { return nil }
        return entry(in: try read(passfile), for: address)
    }

    private static func read(_ path: String) throws(StoreError) -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadablePasswordFile(path: path)
        }
    }

    /// The password of the first line of a libpq password file that matches `address`.
    static func entry(in text: String, for address: PostgresAddress) -> String? {
        let host = address.socketFolder == nil ? address.host : "localhost"
        let wanted = [host, String(address.port), address.database, address.user]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = split(String(line))
            guard fields.count == 5 else { continue }
            if zip(fields, wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// A password file's line in its fields, `\:` and `\\` unescaped.
    private static func split(_ line: String) -> [String] {
        var fields: [String] = [""]
        var escaped = false
        for character in line {
            if escaped {
                fields[fields.count - 1].append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 5 {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        return fields
    }
}
