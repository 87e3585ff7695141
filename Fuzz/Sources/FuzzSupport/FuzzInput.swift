import Foundation
import LandscapeCore
import LandscapeIO

/// One fuzz input taken through the whole input path of `landscape check`: written to a file,
/// read by the loader (decoding, the format's parser, the draft), validated and merged by
/// `LandscapeBuilder`, and every diagnostic formatted as the command prints it.
///
/// The readers take paths, so the bytes go to a file first: under `/dev/shm` (memory) when the
/// machine has it, in a folder of this process's own, so that fuzzers can run side by side.
public enum FuzzInput {
    /// Where the CSV pair's input is cut in two: before it `actors.csv`, after it `ties.csv`.
    /// An input without it is `actors.csv` alone (the pair without ties).
    public static let tiesSeparator = Array("\n---ties---\n".utf8)

    /// This process's folder for inputs.
    static let folder: String = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let folder = (base as NSString).appendingPathComponent("landscape-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // Removed when libFuzzer exits normally (after a crash it stays, with the last input).
        atexit { try? FileManager.default.removeItem(atPath: FuzzInput.folder) }
        return folder
    }()

    /// The loader of `landscape check`: every format, DOT included.
    static let loader = LandscapeLoader()

    /// Loads `bytes` as a file with the extension `pathExtension` (`yaml`, `graphml` …).
    public static func check(_ bytes: UnsafeRawBufferPointer, pathExtension: String) {
        let path = (folder as NSString).appendingPathComponent("input.\(pathExtension)")
        write(bytes, to: path)
        load(path)
    }

    /// Loads `bytes` as the CSV pair: a folder with `actors.csv` and `ties.csv`, cut at
    /// `tiesSeparator`.
    public static func checkCSVPair(_ bytes: UnsafeRawBufferPointer) {
        let pair = (folder as NSString).appendingPathComponent("pair")
        try? FileManager.default.createDirectory(atPath: pair, withIntermediateDirectories: true)
        let actors = (pair as NSString).appendingPathComponent("actors.csv")
        let ties = (pair as NSString).appendingPathComponent("ties.csv")
        if let cut = firstIndex(of: tiesSeparator, in: bytes) {
            write(UnsafeRawBufferPointer(rebasing: bytes[..<cut]), to: actors)
            write(UnsafeRawBufferPointer(rebasing: bytes[(cut + tiesSeparator.count)...]), to: ties)
        } else {
            write(bytes, to: actors)
            try? FileManager.default.removeItem(atPath: ties)
        }
        load(pair)
    }

    /// Whether to print the diagnostics as `landscape check` would (to standard error): set
    /// `FUZZ_PRINT_DIAGNOSTICS=1` to see what a reproduced input gets.
    static let printsDiagnostics = ProcessInfo.processInfo.environment["FUZZ_PRINT_DIAGNOSTICS"] != nil

    /// What `landscape check` does with a path, short of printing.
    static func load(_ path: String) {
        let result = loader.load([path])
        // Each diagnostic formatted (a validation problem with its facts, as `description` gives
        // it): the fuzz package leaves out LandscapeWording, whose catalogs are compiled by a
        // build-tool plugin that cannot be linked with libFuzzer (see README.md).
        let lines = result.diagnostics.map(\.description)
        if printsDiagnostics {
            for line in lines { FileHandle.standardError.write(Data((line + "\n").utf8)) }
        }
        var printed = 0
        for line in lines { printed &+= line.utf8.count }
        if !result.hasErrors {
            printed &+= result.landscape.actors.count &+ result.landscape.ties.count
        }
        // Keeps the work above from being optimised away.
        blackHole(printed)
    }

    static func write(_ bytes: UnsafeRawBufferPointer, to path: String) {
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            fatalError("fuzz harness: cannot write \(path)")
        }
    }

    static func firstIndex(of needle: [UInt8], in haystack: UnsafeRawBufferPointer) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        for index in 0...(haystack.count - needle.count) where haystack[index] == first {
            if haystack[index..<index + needle.count].elementsEqual(needle) { return index }
        }
        return nil
    }
}

@inline(never)
func blackHole(_ value: Int) {
    if value == -1 { print("") }
}
