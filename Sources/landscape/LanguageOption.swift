import ArgumentParser
import LandscapeCore

/// `--lang de|en`: the language of everything a command prints for a reader — tables and their
/// headers, sentences, result lines, notes; the landscape's `language` when not given. JSON keys
/// and keywords (gap types in JSON, measure names of options) stay English.
struct LanguageOption: ParsableArguments {
    @Option(help: ArgumentHelp(Words.options.languageHelp, valueName: "language"))
    var lang: Language?

    /// The language to print `landscape` in: `--lang`, else the landscape's.
    func language(for landscape: Landscape) -> Language {
        lang ?? landscape.language
    }
}
