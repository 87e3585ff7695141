import LandscapeCore

/// The words of the options several commands share (inputs, limits, analysis, language,
/// format): their help texts and the messages when a value does not fit. Worded by the catalog
/// `options` of each language (Catalogs/LANGUAGE/options.yaml), whose messages are named as the
/// requirements here, so that the help texts need no code.
///
/// Option names (`--at`) and keywords of the format (`table`, `kind`) stay as they are.
public protocol OptionWording: Sendable {
    var filesHelp: String { get }
    var atHelp: String { get }
    /// The title of the limit options in the help.
    var limitsTitle: String { get }
    var maxFileSizeHelp: String { get }
    var maxActorsHelp: String { get }
    var maxTiesHelp: String { get }
    var maxLabelLengthHelp: String { get }
    var maxNoteLengthHelp: String { get }
    var directedHelp: String { get }
    var weightedHelp: String { get }
    var foldHelp: String { get }
    var groupsHelp: String { get }
    var formatHelp: String { get }
    var communitySeedHelp: String { get }
    var resolutionHelp: String { get }
    var languageHelp: String { get }

    /// No input file was given.
    var noFiles: String { get }
    func noSuchFile(_ path: String) -> String
    /// `'--at 2019-02-30' is not a date; …`.
    func notADate(option: String, _ text: String) -> String
    func notASize(option: String, _ text: String) -> String
    /// A count option below 1: `'--max-ties 0': …`.
    func notAtLeastOne(option: String, _ value: Int) -> String
    /// A count option below 1, said without the value.
    func needsAtLeastOne(option: String) -> String
    var foldIsUndirected: String { get }
    var resolutionNotPositive: String { get }
    /// A value of an option that is none of `known` (a single value, or one item of a list).
    func unknownValue(_ value: String, option: String, known: [String]) -> String
    /// An item of a comma list that is not a measure.
    func notAMeasure(_ value: String, option: String, known: [String]) -> String
    /// A `--sort` value that is not a measure.
    func notAMeasureToSort(_ value: String, known: [String]) -> String
    /// A `--kind` value that is not an actor kind (`known`: the kinds as the format lists them).
    func notAnActorKind(_ value: String, known: String) -> String
    /// An item of a comma list that is not a gap type.
    func notAGapType(_ value: String, known: [String]) -> String
}

extension Language {
    /// The shared options' words in this language.
    public var optionWording: any OptionWording { Catalog(self).options }
}

/// The shared options' words from the catalog of one language: the texts without placeholders
/// (the help texts, `noFiles` …) and `needsAtLeastOne` are the catalog's messages themselves.
extension OptionsMessages: OptionWording {
    func noSuchFile(_ path: String) -> String { noSuchFile(path: path) }

    func notADate(option: String, _ text: String) -> String { notADate(option: option, text: text) }

    func notASize(option: String, _ text: String) -> String { notASize(option: option, text: text) }

    func notAtLeastOne(option: String, _ value: Int) -> String { notAtLeastOne(option: option, value: String(value)) }

    func unknownValue(_ value: String, option: String, known: [String]) -> String {
        unknownValue(option: option, value: value, known: either(known))
    }

    func notAMeasure(_ value: String, option: String, known: [String]) -> String {
        notAMeasure(value: value, option: option, known: list(known))
    }

    func notAMeasureToSort(_ value: String, known: [String]) -> String { notAMeasureToSort(value: value, known: list(known)) }

    func notAnActorKind(_ value: String, known: String) -> String { notAnActorKind(value: value, known: known) }

    func notAGapType(_ value: String, known: [String]) -> String { notAGapType(value: value, known: list(known)) }

    /// "a, b, c".
    private func list(_ items: some Sequence<String>) -> String { items.joined(separator: catalog.general.listSeparator) }

    /// "a, b or c".
    private func either(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return either(items: list(items.dropLast()), last: last)
    }
}
