import ArgumentParser
import LandscapeApp
import LandscapeCore
import LandscapeIO
import LandscapeWording

/// The options of `report` that open it with what has changed: `--compare OLD` (an older
/// version, repeated to merge several files) or `--since DATE` (the same files on a date).
struct ReportComparisonOptions: ParsableArguments {
    static let words = Language.en.changesCommandWording

    @Option(name: .customLong("compare"), help: ArgumentHelp(words.compareHelp, valueName: "file"))
    var older: [String] = []

    @Option(help: ArgumentHelp(words.sinceHelp, valueName: "date"))
    var since: String?

    func validate() throws {
        try Checks.date(since, option: "--since")
        if !older.isEmpty && since != nil { throw ValidationError(Self.words.compareAndSince) }
    }

    /// The older version asked for, read (its diagnostics printed; exit 1 when it has errors).
    func source(limits: InputLimits) throws -> ReportComparisonSource? {
        if let since, let date = PartialDate(parsing: since) { return .since(date) }
        guard !older.isEmpty else { return nil }
        return .version(files: older, try Console.loaded(LoadRequest(files: older, limits: limits)).landscape)
    }
}
