import ArgumentParser
import LandscapeCore
import LandscapeIO

/// The input limits (docs/format.md, "Limits"): every command that reads landscapes takes them.
struct LimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Refuse input files larger than this (bytes, or with K, M, G: 512M).", valueName: "size"))
    var maxFileSize: String = "512M"

    @Option(help: ArgumentHelp("Refuse more actors than this over all inputs.", valueName: "n"))
    var maxActors: Int = InputLimits.standard.maxActors

    @Option(help: ArgumentHelp("Refuse more ties than this over all inputs.", valueName: "n"))
    var maxTies: Int = InputLimits.standard.maxTies

    @Option(help: ArgumentHelp("Longest id, name, kind or list item, in characters.", valueName: "n"))
    var maxLabelLength: Int = InputLimits.standard.maxLabelLength

    @Option(help: ArgumentHelp("Longest note, contact or title, in characters.", valueName: "n"))
    var maxNoteLength: Int = InputLimits.standard.maxNoteLength

    func validate() throws {
        guard Self.bytes(maxFileSize) != nil else {
            throw ValidationError("'--max-file-size \(maxFileSize)' is not a size; write e.g. 512M, 2G or 1000000.")
        }
        for (name, value) in [("--max-actors", maxActors), ("--max-ties", maxTies), ("--max-label-length", maxLabelLength), ("--max-note-length", maxNoteLength)] where value < 1 {
            throw ValidationError("'\(name) \(value)': give a number of at least 1.")
        }
    }

    /// The limits as given.
    var limits: InputLimits {
        InputLimits(
            maxFileBytes: Self.bytes(maxFileSize) ?? InputLimits.standard.maxFileBytes,
            maxActors: maxActors, maxTies: maxTies,
            maxLabelLength: maxLabelLength, maxNoteLength: maxNoteLength)
    }

    /// The loader of every command: all formats, DOT included, with these limits.
    var loader: LandscapeLoader {
        LandscapeLoader(limits: limits)
    }

    /// A size: a whole number of bytes, optionally followed by K, M or G (powers of 1024;
    /// "KB", "MB", "GB" and lower case too).
    static func bytes(_ text: String) -> Int? {
        var digits = text.trimmingCharacters(in: .whitespaces).uppercased()
        if digits.hasSuffix("B"), digits.count > 1, digits.dropLast().last.map({ "KMG".contains($0) }) == true { digits.removeLast() }
        var shift = 0
        switch digits.last {
        case "K": shift = 10
        case "M": shift = 20
        case "G": shift = 30
        default: break
        }
        if shift > 0 { digits.removeLast() }
        guard let number = Int(digits), number > 0, number <= (Int.max >> shift) else { return nil }
        return number << shift
    }
}
