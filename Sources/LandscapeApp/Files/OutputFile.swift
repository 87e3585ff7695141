import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing output files so that each is either complete or absent.
///
/// Every command and the server write through here: a file is written to a temporary file
/// beside its target, flushed to the disk, then renamed over the target (atomic within one
/// file system). On failure (a full disk, a read-only folder) the temporary files are
/// removed and existing files are left as they were; a killed process leaves at most a hidden
/// `.NAME.XXXXXXXX.tmp` beside the target, never a half-written file.
public enum OutputFile {
    /// One file to write: its bytes and where.
    public struct Item: Sendable {
        public var data: Data
        public var path: String

        public init(_ data: Data, to path: String) {
            self.data = data
            self.path = path
        }
    }

    /// Writes `data` to `path` (the folder is created when missing).
    public static func write(_ data: Data, to path: String) throws {
        try write([Item(data, to: path)])
    }

    /// Writes several files as one change: every temporary file is written and flushed first,
    /// and only when all succeeded are they renamed into place (the CSV pair's two files).
    ///
    /// A target that is a folder is refused before anything is written, so that the renames,
    /// which run one after the other, do not stop halfway for that reason.
    public static func write(_ items: [Item]) throws {
        for item in items where OutputPath.isFolder(URL(fileURLWithPath: item.path).standardizedFileURL.path) {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "'\(item.path)' is a folder"])
        }
        var temporaries: [(temporary: String, target: String)] = []
        do {
            for item in items {
                let temporary = try temporaryFile(beside: item.path)
                temporaries.append((temporary, item.path))
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
                defer { try? handle.close() }
                try handle.write(contentsOf: item.data)
                try handle.synchronize()
            }
            for (temporary, target) in temporaries {
                guard rename(temporary, target) == 0 else {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot replace '\(target)': \(String(cString: strerror(errno)))"])
                }
            }
        } catch {
            for (temporary, _) in temporaries { try? FileManager.default.removeItem(atPath: temporary) }
            throw error
        }
    }

    /// Creates an empty hidden temporary file in the folder of `path` (creating the folder).
    private static func temporaryFile(beside path: String) throws -> String {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp").path
        guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSLocalizedDescriptionKey: "cannot create a file in '\(folder.path)': \(String(cString: strerror(errno)))"])
        }
        return temporary
    }

    /// Why a write failed, in the system's words ("File too large", "Permission denied", "No
    /// space left on device") rather than Foundation's "The operation could not be completed".
    public static func reason(_ error: any Error) -> String {
        let error = error as NSError
        for candidate in [error, error.userInfo[NSUnderlyingErrorKey] as? NSError].compactMap({ $0 }) where candidate.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(candidate.code)))
        }
        return error.userInfo[NSLocalizedDescriptionKey] as? String ?? error.localizedDescription
    }
}
