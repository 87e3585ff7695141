import LandscapeCore

/// The words of `landscape report`: its help, its refusals and its result line, from the
/// catalog `command-report` of a language (Catalogs/LANGUAGE/command-report.yaml). The help
/// texts (`abstract`, `discussion`, `outputHelp`, `languageHelp`, `anonymizeHelp`) are its
/// messages as they are.
public typealias ReportCommandWording = CommandReportMessages

extension Language {
    /// The words of `landscape report` in this language.
    public var reportCommandWording: ReportCommandWording { Catalog(self).commandReport }
}

extension CommandReportMessages {
    /// No `-o`: "Give the report file with -o, e.g. 'landscape report graphs/weimar.yaml -o out/report.html'."
    public func missingOutput(exampleInput: String) -> String { missingOutput(input: exampleInput) }

    /// `-o` does not end in .html.
    public func notHTML(output: String) -> String { notHtml(output: output) }

    /// "'--lang fr' is not known; use de or en."
    public func unknownLanguage(_ value: String) -> String { unknownLanguage(value: value) }

    /// "wrote out/report.html (de, 37 actors, 53 ties, 5 gaps, 3 suggestions)".
    public func wrote(path: String, language: Language, actors: Int, ties: Int, gaps: Int, suggestions: Int) -> String {
        let console = ConsoleWording(catalog: catalog)
        return wroteFile(path: path, language: language.rawValue, actors: console.count(actors, .actor), ties: console.count(ties, .tie),
                         gaps: console.count(gaps, .gap), suggestions: console.count(suggestions, .suggestion))
    }
}
