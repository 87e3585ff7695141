import ArgumentParser
import Foundation
import LandscapeGraphviz
import LandscapeRender
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing a diagram file so that it is either complete or absent.
enum OutputFile {
    /// Writes `data` to a temporary file beside `path`, flushes it to the disk, then renames it
    /// over `path` (atomic within one file system). The folder is created when missing. On
    /// failure (a full disk, a read-only folder) the temporary file is removed and an existing
    /// file at `path` is left as it was; a killed process leaves at most a hidden
    /// `.NAME.XXXXXXXX.tmp` beside it, never a half-written `path`.
    static func write(_ data: Data, to path: String) throws {
        try write([(data, path)])
    }

    /// Why a write failed, in the system's words ("File too large", "Permission denied", "No
    /// space left on device") rather than Foundation's "The operation could not be completed".
    static func reason(_ error: any Error) -> String {
        let error = error as NSError
        for candidate in [error, error.userInfo[NSUnderlyingErrorKey] as? NSError].compactMap({ $0 }) where candidate.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(candidate.code)))
        }
        return error.userInfo[NSLocalizedDescriptionKey] as? String ?? error.localizedDescription
    }

    /// Writes several files as one change: every temporary file is written and flushed first,
    /// and only when all succeeded are they renamed into place (the CSV pair's two files).
    static func write(_ files: [(data: Data, path: String)]) throws {
        var temporaries: [(temporary: String, target: String)] = []
        do {
            for (data, path) in files {
                let target = URL(fileURLWithPath: path)
                let folder = target.deletingLastPathComponent()
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp").path
                guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
                    throw CocoaError(.fileWriteNoPermission, userInfo: [NSLocalizedDescriptionKey: "cannot create a file in '\(folder.path)': \(String(cString: strerror(errno)))"])
                }
                temporaries.append((temporary, path))
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
                defer { try? handle.close() }
                try handle.write(contentsOf: data)
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
}

/// The renderer every command uses: Graphviz in a child process of this program, started with
/// the hidden `graphviz-worker` command (every layout a first layout, so output is
/// deterministic, and a Graphviz abort a clean error).
enum Diagrams {
    static func renderer() -> any DiagramRenderer {
        GraphvizRenderer(worker: Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
    }
}

extension OutputFile {
    /// Refuses an output path that is a folder or one of the inputs (a file, or a CSV folder's
    /// `actors.csv`/`ties.csv`), so that a typo cannot overwrite the landscape. `example` names a
    /// file for the message, e.g. `diagram.svg`.
    static func checkNotAnInput(_ output: String, inputs: [String], example: String) throws {
        let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ValidationError("'-o \(output)' is a folder; give a file name such as '\(output)/\(example)'.")
        }
        for file in inputs {
            let url = URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath()
            var paths = [url.path]
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                paths += ["actors.csv", "ties.csv"].map { url.appendingPathComponent($0).path }
            }
            if paths.contains(target) {
                throw ValidationError("'-o \(output)' is one of the input files; choose another output file.")
            }
        }
    }
}
