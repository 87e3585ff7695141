import LandscapeCore

extension ReportBuilder {
    /// The briefing on `landscape` (`report --brief`): the findings, the proposed decisions,
    /// what changed since the baseline (shortened to its headline sentences) and the network
    /// diagram, at most two A4 pages in print. The same landscape and options give the same
    /// bytes.
    ///
    /// - Complexity: that of the report's analyses (`ReportContent`), with one layout.
    public func brief(_ landscape: Landscape, options: ReportOptions) -> Report {
        let prepared = PreparedReport(landscape, options: options)
        let diagrams = ReportDiagrams(prepared.whole, content: prepared.content, options: options, language: prepared.language,
                                      renderer: renderer, overviewOnly: true)
        var writer = prepared.writer(diagrams: diagrams, options: options)
        writer.changes = prepared.comparison.map { ChangesSection($0, language: prepared.language) }
        return prepared.report(html: writer.briefDocument(BriefContent(prepared.content)), messages: diagrams.messages)
    }
}
