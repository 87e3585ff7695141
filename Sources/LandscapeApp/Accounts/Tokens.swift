import Crypto
import Foundation

/// The secrets the server hands out — a session's token in its cookie, a share link's token in
/// its path — and what the database keeps of them: the SHA-256 only, so that a copy of the
/// database opens nothing.
public enum Tokens {
    /// 32 random bytes from the system's generator, as 64 hexadecimal digits.
    public static func new() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// `token`'s SHA-256 as 64 hexadecimal digits.
    public static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
