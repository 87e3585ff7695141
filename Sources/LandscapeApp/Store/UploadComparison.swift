import Foundation
import LandscapeCore
import LandscapeIO

/// Files uploaded to the web app, compared with the landscape the store holds before they are
/// taken in: what replacing it by them would change, and what merging them into it (as `check`
/// merges several files) would change, each as `landscape diff` says it.
public struct UploadComparison: Sendable {
    /// The store's landscape against the uploaded one: what a replace does.
    public var replacing: DiffResult
    /// The store's landscape against both merged: what a merge does; the problems of merging when
    /// they do not merge (an actor's field that the two give differently).
    public var merging: Result<DiffResult, LoadFailure>
    /// The warnings of reading the upload.
    public var warnings: [Diagnostic]

    /// The landscape a replace stores.
    public var uploaded: Landscape { replacing.new.landscape }
    /// The landscape a merge stores, when they merge.
    public var merged: Landscape? { try? merging.get().new.landscape }
}

extension Diffing {
    /// Reads the uploaded `files` (one landscape file, or the two files of a CSV pair, all in
    /// `folder`) with the readers and `limits` of the command line and compares them with `stored`.
    /// The store's side is called `storeLabel`; for the merge it is written into `folder` as YAML
    /// first, so that a problem of merging names its line there.
    ///
    /// - Returns: the comparison, or the diagnostics of reading when the upload has an error;
    ///   their paths are relative to `folder` (the file names a user uploaded).
    /// - Complexity: linear in the upload and the stored landscape, plus `LandscapeDiff`'s.
    public static func compare(uploaded files: [String], in folder: String, with stored: Landscape, storeLabel: String,
                               limits: InputLimits = .standard) -> Result<UploadComparison, LoadFailure> {
        let input = files.count == 1 ? files : [folder]
        let label = files.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: " + ")
        let storeSide = DiffSide(label: storeLabel, landscape: stored)
        switch Loading.load(LoadRequest(files: input, limits: limits)) {
        case .failure(let failure):
            return .failure(LoadFailure(diagnostics: relative(failure.diagnostics, to: folder)))
        case .success(let loaded):
            let replacing = DiffResult(old: storeSide, new: DiffSide(label: label, landscape: loaded.landscape),
                                       diff: LandscapeDiff(old: stored, new: loaded.landscape), warnings: [])
            return .success(UploadComparison(replacing: replacing, merging: merge(input, into: stored, storeSide: storeSide, label: label, folder: folder, limits: limits),
                                             warnings: relative(loaded.warnings, to: folder)))
        }
    }

    /// `stored` and the upload merged as `check` merges files, keeping the store's title, and
    /// compared with `stored`.
    private static func merge(_ input: [String], into stored: Landscape, storeSide: DiffSide, label: String, folder: String,
                              limits: InputLimits) -> Result<DiffResult, LoadFailure> {
        let storeFolder = URL(fileURLWithPath: folder).appendingPathComponent(".store")
        let storeFile = storeFolder.appendingPathComponent(storeSide.label + ".yaml")
        do {
            try FileManager.default.createDirectory(at: storeFolder, withIntermediateDirectories: true)
            try (Converting.fileBytes(stored, format: .yaml) ?? Data()).write(to: storeFile)
        } catch {
            return .failure(LoadFailure(diagnostics: []))
        }
        let both = Loading.load(LoadRequest(files: [storeFile.path] + input, limits: limits, title: stored.title))
        return both.map { merged in
            DiffResult(old: storeSide, new: DiffSide(label: storeSide.label + " + " + label, landscape: merged.landscape),
                       diff: LandscapeDiff(old: stored, new: merged.landscape), warnings: [])
        }.mapError { LoadFailure(diagnostics: relative($0.diagnostics, to: folder)) }
    }

    /// `diagnostics` with their paths inside `folder` written relative to it.
    private static func relative(_ diagnostics: [Diagnostic], to folder: String) -> [Diagnostic] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            for prefix in [prefix + ".store/", prefix] where diagnostic.location.file.hasPrefix(prefix) {
                diagnostic.location.file = String(diagnostic.location.file.dropFirst(prefix.count))
                break
            }
            return diagnostic
        }
    }
}
