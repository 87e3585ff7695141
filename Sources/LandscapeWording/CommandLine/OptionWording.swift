import LandscapeCore

/// The words of the options several commands share (inputs, limits, analysis, language,
/// format): their help texts and the messages when a value does not fit, from the catalog
/// `options` of a language (Catalogs/LANGUAGE/options.yaml). The texts without placeholders
/// (the help texts, `noFiles` …) and `needsAtLeastOne(option:)` are the catalog's messages
/// themselves; the functions below fill the others from typed values.
///
/// Option names (`--at`) and keywords of the format (`table`, `kind`) stay as they are.
public typealias OptionWording = OptionsMessages

extension Language {
    /// The shared options' words in this language.
    public var optionWording: OptionWording { Catalog(self).options }
}

extension OptionsMessages {
    /// A path that names no file or folder.
    public func noSuchFile(_ path: String) -> String { noSuchFile(path: path) }

    /// `'--at 2019-02-30' is not a date; …`.
    public func notADate(option: String, _ text: String) -> String { notADate(option: option, text: text) }

    /// A size option (`--max-file-size`) whose value is not a size.
    public func notASize(option: String, _ text: String) -> String { notASize(option: option, text: text) }

    /// A count option below 1: `'--max-ties 0': …`.
    public func notAtLeastOne(option: String, _ value: Int) -> String { notAtLeastOne(option: option, value: String(value)) }

    /// A value of an option that is none of `known` (a single value, or one item of a list).
    public func unknownValue(_ value: String, option: String, known: [String]) -> String {
        unknownValue(option: option, value: value, known: either(known))
    }

    /// An item of a comma list that is not a measure.
    public func notAMeasure(_ value: String, option: String, known: [String]) -> String {
        notAMeasure(value: value, option: option, known: list(known))
    }

    /// A `--sort` value that is not a measure.
    public func notAMeasureToSort(_ value: String, known: [String]) -> String { notAMeasureToSort(value: value, known: list(known)) }

    /// A `--kind` value that is not an actor kind (`known`: the kinds as the format lists them).
    public func notAnActorKind(_ value: String, known: String) -> String { notAnActorKind(value: value, known: known) }

    /// An item of a comma list that is not a gap type.
    public func notAGapType(_ value: String, known: [String]) -> String { notAGapType(value: value, known: list(known)) }

    /// "a, b, c".
    private func list(_ items: some Sequence<String>) -> String { items.joined(separator: catalog.general.listSeparator) }

    /// "a, b or c".
    private func either(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return either(items: list(items.dropLast()), last: last)
    }
}
