import LandscapeCore

/// The words of `landscape report`: its help, its refusals and its result line. Worded by the
/// catalog `command-report` of each language (Catalogs/LANGUAGE/command-report.yaml), whose
/// messages are named as the requirements here.
public protocol ReportCommandWording: Sendable {
    /// The command's line in the list of commands.
    var abstract: String { get }
    /// The command's help: its sections and examples.
    var discussion: String { get }
    /// The help of `-o`.
    var outputHelp: String { get }
    /// The help of `--lang`.
    var languageHelp: String { get }
    /// The help of `--anonymize`: what each level removes.
    var anonymizeHelp: String { get }
    /// No `-o`: "Give the report file with -o, e.g. 'landscape report graphs/weimar.yaml -o out/report.html'."
    func missingOutput(exampleInput: String) -> String
    /// `-o` does not end in .html.
    func notHTML(output: String) -> String
    /// "'--lang fr' is not known; use de or en."
    func unknownLanguage(_ value: String) -> String
    /// "wrote out/report.html (de, 37 actors, 53 ties, 5 gaps, 3 suggestions)".
    func wrote(path: String, language: Language, actors: Int, ties: Int, gaps: Int, suggestions: Int) -> String
}

extension Language {
    /// The words of `landscape report` in this language.
    public var reportCommandWording: any ReportCommandWording { Catalog(self).commandReport }
}

/// The words of `landscape report` from the catalog of one language: the help texts are its
/// messages as they are.
extension CommandReportMessages: ReportCommandWording {
    func missingOutput(exampleInput: String) -> String { missingOutput(input: exampleInput) }

    func notHTML(output: String) -> String { notHtml(output: output) }

    func unknownLanguage(_ value: String) -> String { unknownLanguage(value: value) }

    func wrote(path: String, language: Language, actors: Int, ties: Int, gaps: Int, suggestions: Int) -> String {
        let console = CatalogConsoleWording(catalog: catalog)
        return wroteFile(path: path, language: language.rawValue, actors: console.count(actors, .actor), ties: console.count(ties, .tie),
                         gaps: console.count(gaps, .gap), suggestions: console.count(suggestions, .suggestion))
    }
}
