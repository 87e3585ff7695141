import ArgumentParser
import LandscapeCore
import LandscapeIO

/// The input limits (docs/format.md, "Limits"): every command that reads landscapes takes them.
struct LimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Words.options.maxFileSizeHelp, valueName: "size"))
    var maxFileSize: String = "512M"

    @Option(help: ArgumentHelp(Words.options.maxActorsHelp, valueName: "n"))
    var maxActors: Int = InputLimits.standard.maxActors

    @Option(help: ArgumentHelp(Words.options.maxTiesHelp, valueName: "n"))
    var maxTies: Int = InputLimits.standard.maxTies

    @Option(help: ArgumentHelp(Words.options.maxLabelLengthHelp, valueName: "n"))
    var maxLabelLength: Int = InputLimits.standard.maxLabelLength

    @Option(help: ArgumentHelp(Words.options.maxNoteLengthHelp, valueName: "n"))
    var maxNoteLength: Int = InputLimits.standard.maxNoteLength

    func validate() throws {
        guard Self.bytes(maxFileSize) != nil else {
            throw ValidationError(Words.options.notASize(option: "--max-file-size", maxFileSize))
        }
        for (name, value) in [("--max-actors", maxActors), ("--max-ties", maxTies), ("--max-label-length", maxLabelLength), ("--max-note-length", maxNoteLength)] where value < 1 {
            throw ValidationError(Words.options.notAtLeastOne(option: name, value))
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
