import LandscapeCore

/// The words of `landscape report` in English.
struct EnglishReportCommand: ReportCommandWording {
    let abstract = "Write the steering-group report: one self-contained HTML file (print it to PDF from the browser)."

    let discussion = """
        Sections: scope, diagrams, key figures, central actors and brokers, gaps (with what \
        happens when each funding programme ends), cooperation opportunities, communities, \
        coverage of the needs, method. In the landscape's language unless --lang says \
        otherwise. The file needs no network: CSS and diagrams are inline, and there is no \
        script. See docs/report.md.

        Examples:
          landscape report graphs/weimar.yaml -o out/report.html
          landscape report graphs/thueringen.yaml -o out/thueringen-en.html --lang en
          landscape report graphs/weimar.yaml -o out/report-2017.html --at 2017
          landscape report graphs/weimar.yaml -o out/shared.html --anonymize all
        """

    let outputHelp = "The HTML file to write (.html)."
    let languageHelp = "Language of the report: de or en (default: the landscape's)."
    let anonymizeHelp = "For sharing beyond the municipality: 'contacts' removes contact data; 'all' also replaces every actor's name by its kind and a number, and removes notes."

    func missingOutput(exampleInput: String) -> String {
        "Give the report file with -o, e.g. 'landscape report \(exampleInput) -o out/report.html'."
    }

    func notHTML(output: String) -> String {
        "'-o \(output)': the report is an HTML file; name it .html (print it to PDF from the browser)."
    }

    func unknownLanguage(_ value: String) -> String {
        "'--lang \(value)' is not known; use de or en."
    }

    func wrote(path: String, language: Language, actors: Int, ties: Int, gaps: Int, suggestions: Int) -> String {
        let console = EnglishConsole()
        return "wrote \(path) (\(language.rawValue), \(console.count(actors, .actor)), \(console.count(ties, .tie)), "
            + "\(console.count(gaps, .gap)), \(console.count(suggestions, .suggestion)))"
    }
}
