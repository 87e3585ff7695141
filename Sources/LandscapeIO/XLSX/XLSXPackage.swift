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

    /// Why a workbook cannot be unpacked.
    enum Failure: Error {
        case problem(ReadingProblem.Workbook)
    }

    init(path: String) throws(Failure) {
        self.path = path
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            let head = (try? FileHandle(forReadingFrom: URL(fileURLWithPath: path)).read(upToCount: 8)) ?? nil
            if let head, Array(head).starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
                throw .problem(.oldExcel)
            }
            throw .problem(.notZip)
        }
    }

    /// The bytes of the part at `name` (e.g. `xl/workbook.xml`), or `nil` when there is none.
    func part(_ name: String) throws(Failure) -> [UInt8]? {
        let wanted = name.hasPrefix("/") ? String(name.dropFirst()) : name
        guard let entry = archive[wanted] ?? archive.first(where: { $0.path.lowercased() == wanted.lowercased() }) else { return nil }
        let declared = entry.uncompressedSize
        if declared > UInt64(Self.partLimit) || unpacked + Int(declared) > Self.totalLimit {
            throw .problem(.partTooLarge(part: wanted, limitMB: Self.partLimit / 1_048_576))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(declared))
        let limit = min(Self.partLimit, Self.totalLimit - unpacked)
        let consume: Consumer = { chunk in
            guard bytes.count + chunk.count <= limit else { throw Failure.problem(.partTooLarge(part: wanted, limitMB: Self.partLimit / 1_048_576)) }
            bytes += chunk
        }
        do {
            if entry.isCompressed {
                try inflate(entry, named: wanted, into: consume)
            } else {
                _ = try archive.extract(entry, skipCRC32: false, consumer: consume)
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .problem(.brokenPart(part: wanted, .detail("\(error)")))
        }
        unpacked += bytes.count
        return bytes
    }

    /// The whole file, read once for `inflate`.
    private lazy var fileBytes: Data? = FileManager.default.contents(atPath: path)

    /// Unpacks a deflated part from exactly its compressed bytes.
    ///
    /// ZIPFoundation's own extraction (on Linux) feeds zlib from the archive file until the
    /// deflate stream ends; a stream that never ends (a damaged or crafted part) makes it read
    /// past the part to the end of the file and then loop forever on empty reads. Here the
    /// part's bytes are located through its local file header (the name must match the central
    /// directory's) and handed to ZIPFoundation's `Data.decompress` by a provider that throws
    /// once they are used up; the checksum is compared as `extract` would.
    /// (Also found so: ZIPFoundation's Linux `decode` sets zlib's `avail_in` to the buffer size
    /// before it asks for a chunk, whatever the chunk's length.)
    ///
    /// - Complexity: O(F) to find the header in a file of F bytes, O(C + U) to unpack.
    private func inflate(_ entry: Entry, named name: String, into consumer: Consumer) throws {
        guard let file = fileBytes, let start = Self.dataOffset(of: entry.path, in: file) else {
            throw Failure.problem(.brokenPart(part: name, .noLocalHeader))
        }
        let size = Int(clamping: entry.compressedSize)
        guard start <= file.count, size <= file.count - start else {
            throw Failure.problem(.brokenPart(part: name, .truncated))
        }
        let compressed = file.subdata(in: start..<start + size)
        var offset = 0
        let checksum = try Data.decompress(size: Int64(size), bufferSize: 64 * 1024, skipCRC32: false, provider: { _, wanted in
            guard offset < compressed.count else {
                throw Failure.problem(.brokenPart(part: name, .compressedDataEnds))
            }
            // ZIPFoundation tells zlib that every chunk is `wanted` bytes long, also the last one:
            // a shorter chunk would let zlib read past it. So the last chunk is padded with zeros,
            // which no deflate stream accepts as data (a stored block whose lengths disagree).
            let end = min(offset + wanted, compressed.count)
            var chunk = compressed.subdata(in: offset..<end)
            if chunk.count < wanted { chunk.append(Data(count: wanted - chunk.count)) }
            offset = end
            return chunk
        }, consumer: consumer)
        guard checksum == entry.checksum else {
            throw Failure.problem(.brokenPart(part: name, .checksum))
        }
    }

    /// Where the data of the entry named `path` starts: after the first local file header
    /// (signature `PK\u{3}\u{4}`, 30 bytes, the name, the extra field) that names it.
    static func dataOffset(of path: String, in file: Data) -> Int? {
        let name = Array(path.utf8)
        return file.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index + 30 <= bytes.count {
                if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x03, bytes[index + 3] == 0x04 {
                    let nameLength = Int(bytes[index + 26]) | Int(bytes[index + 27]) << 8
                    let extraLength = Int(bytes[index + 28]) | Int(bytes[index + 29]) << 8
                    let nameStart = index + 30
                    if nameLength == name.count, nameStart + nameLength <= bytes.count,
                       bytes[nameStart..<nameStart + nameLength].elementsEqual(name) {
                        return nameStart + nameLength + extraLength
                    }
                }
                index += 1
            }
            return nil
        }
    }
}
