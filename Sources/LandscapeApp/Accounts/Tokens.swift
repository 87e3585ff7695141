import Crypto
import Foundation

/// The secrets the server hands out — a session's token in its cookie, a share link's token in
/// its path — and what the database keeps of them: the SHA-256 only, so that a copy of the
/// database opens nothing.
public enum Tokens {
    /// 32 random bytes from the system's generator, as 64 hexadecimal digits.
    public static func new() -> String {
        var generator = SystemRandomNumberGenerator()
        return hexadecimal((0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    /// `token`'s SHA-256 as 64 hexadecimal digits (lower case).
    ///
    /// Written digit by digit: every signed-in request hashes its cookie, and 32 calls of
    /// `String(format:)` took 8 % of a server's time under 200 readers.
    public static func hash(_ token: String) -> String {
        hexadecimal(SHA256.hash(data: Data(token.utf8)))
    }

    /// The bytes as hexadecimal digits (lower case), two per byte.
    static func hexadecimal<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        var hex: [UInt8] = []
        for byte in bytes {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
