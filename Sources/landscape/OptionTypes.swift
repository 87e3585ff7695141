import ArgumentParser
import LandscapeApp
import LandscapeCore
import LandscapeIO
import LandscapeWording

/// The words of the command line: English for now, as the diagnostics are.
enum Words {
    static let options = Language.en.optionWording
    static let analysis = Language.en.analysisCommandWording
    static let gaps = Language.en.gapCommandWording
    static let results = Language.en.resultFileWording
    static let sampling = Language.en.samplingWording
    static let progress = Language.en.progressWording
}

// The help texts of these options name their values already: no "(values: …)" after them.
extension ResultFormat: ExpressibleByArgument {
    public static var allValueStrings: [String] { [] }
}
extension Fold: ExpressibleByArgument {
    public static var allValueStrings: [String] { [] }
}
extension GroupingAttribute: ExpressibleByArgument {
    public static var allValueStrings: [String] { [] }
}

extension Language: ExpressibleByArgument {
    /// `de`, `en` and the aliases the landscape files accept (`deutsch`, `english` …).
    public init?(argument: String) { self.init(parsing: argument) }
    public static var allValueStrings: [String] { [] }
}

/// Typed option values read by a transform that words its refusal: comma lists
/// (`--measures degree,pagerank`, `--type isolate,bridge`), a measure, an actor kind.
enum CommaList {
    /// The items of `text`, trimmed, each turned into a value or refused with `message`.
    static func parse<Value>(_ text: String, _ value: (String) -> Value?, message: (String) -> String) throws -> [Value] {
        try text.split(separator: ",").map { item in
            let name = String(item).trimmingSpaces
            guard let parsed = value(name) else { throw ValidationError(message(name)) }
            return parsed
        }
    }

    static func measures(_ text: String) throws -> [Measure] {
        try parse(text, Measure.init(rawValue:)) {
            Words.options.notAMeasure($0, option: "--measures", known: Measure.allCases.map(\.rawValue))
        }
    }

    /// One measure (`--sort`), refused with the list of measures.
    static func measure(_ text: String) throws -> Measure {
        guard let measure = Measure(rawValue: text) else {
            throw ValidationError(Words.options.notAMeasureToSort(text, known: Measure.allCases.map(\.rawValue)))
        }
        return measure
    }

    /// An actor kind (`--kind`), with the German aliases the landscape files accept.
    static func actorKind(_ text: String) throws -> ActorKind {
        guard let kind = ActorKind(parsing: text) else {
            throw ValidationError(Words.options.notAnActorKind(text, known: ActorKind.canonicalList))
        }
        return kind
    }

    static func gapTypes(_ text: String) throws -> [GapType] {
        try parse(text, GapType.init(rawValue:)) {
            Words.options.notAGapType($0, known: GapType.allCases.map(\.rawValue))
        }
    }

    static func inclusion(_ text: String) throws -> Set<IncludedElement> {
        Set(try parse(text, IncludedElement.init(rawValue:)) {
            Words.options.unknownValue($0, option: "--include", known: IncludedElement.allCases.map(\.rawValue))
        })
    }

    static func groupings(_ text: String) throws -> [GroupingAttribute] {
        try parse(text, GroupingAttribute.init(rawValue:)) {
            Words.options.unknownValue($0, option: "--groups", known: GroupingAttribute.allCases.map(\.rawValue))
        }
    }
}

/// Checks every command repeats.
enum Checks {
    /// `--top` and the like: at least 1.
    static func atLeastOne(_ value: Int?, option: String) throws {
        if let value, value < 1 { throw ValidationError(Words.options.needsAtLeastOne(option: option)) }
    }

    /// A date option (`--at`): YYYY, YYYY-MM or YYYY-MM-DD.
    static func date(_ text: String?, option: String) throws {
        if let text, PartialDate(parsing: text) == nil {
            throw ValidationError(Words.options.notADate(option: option, text))
        }
    }
}
