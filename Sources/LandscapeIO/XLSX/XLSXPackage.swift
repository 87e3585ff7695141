import Foundation
import LandscapeCore
import ZIPFoundation

/// The parts of an .xlsx workbook (a zip archive of XML files), unpacked with limits so that
/// a zip bomb cannot exhaust memory: a part may unpack to at most `partLimit` bytes, all
/// parts together to at most `totalLimit`; the sizes the archive declares are checked first,
/// and the bytes actually unpacked are counted as they come.
final class XLSXPackage {
    static let partLimit = 64 * 1_048_576
    static let totalLimit = 256 * 1_048_576

    let path: String
    private let archive: Archive
    private var unpacked = 0

    enum Failure: Error {
        case message(String)
    }

    init(path: String) throws(Failure) {
        self.path = path
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            let head = (try? FileHandle(forReadingFrom: URL(fileURLWithPath: path)).read(upToCount: 8)) ?? nil
            if let head, Array(head).starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
                throw .message(FormatMessage.oldExcel)
            }
            throw .message(FormatMessage.notZip)
        }
    }

    /// The bytes of the part at `name` (e.g. `xl/workbook.xml`), or `nil` when there is none.
    func part(_ name: String) throws(Failure) -> [UInt8]? {
        let wanted = name.hasPrefix("/") ? String(name.dropFirst()) : name
        guard let entry = archive[wanted] ?? archive.first(where: { $0.path.lowercased() == wanted.lowercased() }) else { return nil }
        let declared = entry.uncompressedSize
        if declared > UInt64(Self.partLimit) || unpacked + Int(declared) > Self.totalLimit {
            throw .message(FormatMessage.tooLarge(wanted, limit: Self.partLimit))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(declared))
        let limit = min(Self.partLimit, Self.totalLimit - unpacked)
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard bytes.count + chunk.count <= limit else { throw Failure.message(FormatMessage.tooLarge(wanted, limit: Self.partLimit)) }
                bytes += chunk
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .message(FormatMessage.brokenPart(wanted, "\(error)"))
        }
        unpacked += bytes.count
        return bytes
    }
}
