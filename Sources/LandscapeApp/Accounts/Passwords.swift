import Dispatch
import HummingbirdBcrypt

/// Passwords of the server's accounts: what one must be, and bcrypt (Provos and Mazières 1999,
/// »A Future-Adaptable Password Scheme«; hummingbird-auth's implementation, `$2b$`, a random salt
/// per hash). Only the hash is stored; hashing and checking take about a quarter of a second at
/// cost 12 on purpose, so they run on a thread of their own, never on the event loop.
public enum Passwords {
    /// bcrypt's cost (2^12 rounds of its key setup).
    public static let cost: UInt8 = 12
    /// The fewest characters a password has.
    public static let minimumLength = 10
    /// The most bytes (UTF-8): bcrypt reads no further, so a longer password would be only as
    /// strong as its first 72 bytes without saying so.
    public static let maximumBytes = 72

    /// What is wrong with a password.
    public enum Problem: Error, Equatable, Sendable {
        /// Fewer than `minimumLength` characters.
        case tooShort(minimum: Int)
        /// More than `maximumBytes` bytes.
        case tooLong(maximum: Int)
    }

    /// Why `password` cannot be one; `nil` when it can.
    public static func problem(with password: String) -> Problem? {
        if password.count < minimumLength { return .tooShort(minimum: minimumLength) }
        if password.utf8.count > maximumBytes { return .tooLong(maximum: maximumBytes) }
        return nil
    }

    /// The bcrypt hash of `password` with a new salt.
    ///
    /// - Complexity: 2^`cost` rounds of Blowfish's key setup, on a thread of its own.
    public static func hash(_ password: String, cost: UInt8 = cost) async -> String {
        await elsewhere { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether `password` is the one `hash` was made from.
    public static func verify(_ password: String, hash: String) async -> Bool {
        await elsewhere { Bcrypt.verify(password, hash: hash) }
    }

    /// Checks `password` against a hash no account has and answers `false`: an unknown name then
    /// takes as long as a wrong password, so the time tells no one which names exist.
    public static func verifyWithoutAccount(_ password: String) async -> Bool {
        await elsewhere {
            _ = Bcrypt.verify(password, hash: decoy)
            return false
        }
    }

    /// The hash `verifyWithoutAccount` checks against, made at its first use (on that thread).
    private static let decoy = Bcrypt.hash("no account has this password", cost: cost)

    /// Runs `body` on a thread of Dispatch's global pool, not the caller's executor.
    private static func elsewhere<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: body()) }
        }
    }
}
