import LandscapeCore

/// The words of `landscape report`: its help, its refusals and its result line. One
/// implementation per language (English/EnglishReportCommand.swift,
/// German/GermanReportCommand.swift).
public protocol ReportCommandWording: Sendable {
    var abstract: String { get }
    var discussion: String { get }
    var outputHelp: String { get }
    var languageHelp: String { get }
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
    public var reportCommandWording: any ReportCommandWording {
        switch self {
        case .en: EnglishReportCommand()
        case .de: GermanReportCommand()
        }
    }
}
