import LandscapeCore
import LandscapeWording

extension ReportWriter {
    /// The appendix, after section 9 and before the method: what a reader looks up rather than
    /// reads — the gaps of medium and minor severity, the mixing matrix, the other rankings and
    /// suggestions, the counts by kind, the communities against municipalities and sectors, the
    /// coverage by target group and sector, every actor of the map, and the diagrams enlarged in
    /// parts (print only: the network, the steering structure and the changes). The main part stays
    /// short enough to read before a meeting; the appendix starts on a new page at the element
    /// `id="appendix"`.
    func appendix() -> Node {
        let tiles = tileFigures(diagrams.network, caption: words.networkCaption)
            + (diagrams.steering.map { tileFigures($0, caption: words.steeringCaption) } ?? [])
            + (changes.map { tileFigures(diagrams.changes, caption: $0.words.diagramCaption) } ?? [])
        return Node.element("section", [("id", "appendix"), ("class", "appendix")]) {
            Node.tag("h2", text: words.appendixHeading)
            Node.tag("p", class: "lead", text: words.appendixLead)
            for severity in Self.appendixSeverities {
                let listed = listedGaps(severity)
                if listed.count > 0 {
                    Node.tag("h3", class: "severity-heading severity-\(severity.rawValue)", text: words.severityHeading(severity, count: listed.count))
                    gapList(listed.gaps, count: listed.count, class: "gaps minor")
                }
            }
            mixingMatrix()
            otherRankings()
            moreSuggestions()
            countTables()
            comparison(content.communities.filter { $0.members.count >= 2 })
            coverageMatrices()
            directory()
            // Last: the tiles turn the page to landscape, and the appendix should not open on them.
            if !tiles.isEmpty { Node.tag("div", class: "appendix-tiles") { tiles } }
        }
    }

    /// The severities whose gaps are listed in the appendix rather than in section 5.
    static let appendixSeverities: [GapSeverity] = [.medium, .low]
}
