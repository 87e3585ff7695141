import Foundation
import NIOCore
import ZIPFoundation

/// gzip (RFC 1952) of a kept page: zlib's raw deflate, as ZIPFoundation writes it for a ZIP
/// archive, between gzip's header and its trailer (the CRC-32 and the length). The map of a
/// 300-actor landscape shrinks from about 0.9 MB to a tenth, which is what many readers at once
/// on a school network, and the loopback of a laptop, have to carry.
enum Gzip {
    /// The header: magic number, deflate, no flags, no time, no extra flags, unknown system.
    private static let header: [UInt8] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]

    /// `bytes` compressed; `nil` when zlib refuses (the page is then sent as it is).
    ///
    /// - Complexity: O(n) for n bytes.
    static func compress(_ bytes: ByteBuffer) -> ByteBuffer? {
        let data = Data(bytes.readableBytesView)
        var out = Data(header)
        let crc: CRC32
        do {
            crc = try Data.compress(size: Int64(data.count), bufferSize: 64 << 10, provider: { position, size in
                let start = Int(position)
                return data.subdata(in: start..<min(data.count, start + size))
            }, consumer: { out.append($0) })
        } catch {
            return nil
        }
        for value in [crc, UInt32(truncatingIfNeeded: data.count)] {
            withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
        }
        return ByteBuffer(bytes: out)
    }

    /// Whether `header` (`Accept-Encoding`) takes gzip: named without `q=0`, or `*`.
    static func accepted(by header: String?) -> Bool {
        guard let header else { return false }
        return header.lowercased().split(separator: ",").contains { part in
            let fields = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let coding = fields.first, coding == "gzip" || coding == "*" else { return false }
            let weight = fields.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return weight > 0
        }
    }
}
