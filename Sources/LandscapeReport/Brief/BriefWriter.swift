import LandscapeCore
import LandscapeWording

extension ReportWriter {
    /// The briefing (`report --brief`): one HTML5 file, at most two A4 pages in print — the
    /// title, date and scope in one line, the findings most urgent first (what it means, what
    /// to do), the proposed decisions, what changed since the last meeting (when it compares)
    /// and the network diagram scaled to the page.
    func briefDocument(_ brief: BriefContent) -> String {
        let briefWords = BriefWording(content.language)
        let page = Node.element("html", [("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", content.language.rawValue),
                                         ("xml:lang", content.language.rawValue)]) {
            head(kind: briefWords.kind, generator: "landscape report --brief", css: ReportStyle.css + ChangesSection.css + BriefStyle.css)
            Node.element("body") {
                Node.element("main", [("class", changes == nil ? "brief" : "brief with-changes")]) {
                    briefHead(briefWords)
                    briefFindings(brief.findings, briefWords)
                    briefDecisions(brief.decisions, briefWords)
                    if let changes {
                        Node.element("section", [("id", "changes"), ("class", "brief-changes")]) {
                            Node.tag("h2", text: briefWords.changesHeading)
                            changes.headline()
                        }
                    }
                    Node.element("section", [("class", "brief-overview")]) {
                        Node.tag("h2", text: briefWords.overviewHeading)
                        figure(diagrams.network, caption: words.networkCaption,
                               reading: diagrams.networkGrouped ? briefWords.groupedOverviewCaption : briefWords.overviewCaption, tiled: false,
                               key: diagrams.networkKey, largestScale: ReportDiagrams.briefLargestScale)
                    }
                    Node.tag("p", class: "colophon", text: briefWords.footer)
                }
            }
        }
        return "<!DOCTYPE html>\n" + page.markup + "\n"
    }

    /// The kind of document above one line of title, date and scope.
    private func briefHead(_ briefWords: BriefWording) -> Node {
        let municipalities = Set(landscape.actors.filter(\.kind.isActor).compactMap(\.municipality).filter { !$0.isEmpty }).sorted()
        let scope = briefWords.scopeLine(actors: landscape.actorCount, ties: landscape.actorTieCount, municipalities: municipalities)
        return Node.element("header", [("class", "brief-head")]) {
            Node.tag("p", class: "kicker", text: briefWords.kind)
            Node.element("h1") {
                Node.tag("span", class: "brief-title", text: title)
                Node.tag("span", class: "brief-meta", text: " · \(dateText) · \(scope)")
            }
            if let note = anonymization.note { Node.tag("p", class: "anonymised", text: words.anonymizationNote(note)) }
        }
    }

    private func briefFindings(_ findings: [BriefContent.Finding], _ briefWords: BriefWording) -> Node {
        Node.element("section", [("class", "brief-findings")]) {
            Node.tag("h2", text: briefWords.findingsHeading)
            if findings.isEmpty { Node.tag("p", text: briefWords.noFindings) }
            Node.element("ol", [("class", "findings")]) {
                for finding in findings { findingItem(finding, briefWords) }
            }
        }
    }

    private func findingItem(_ finding: BriefContent.Finding, _ briefWords: BriefWording) -> Node {
        let severity: GapSeverity?, meaning: String, action: String, more: Int
        switch finding {
        case .gap(let gap, let others):
            let sentences = content.language.gapWording.sentences(gap, in: landscape)
            (severity, meaning, action, more) = (gap.severity, sentences.explanation, sentences.action, others)
        case .broker(let id, let share):
            (severity, meaning, action, more) = (nil, words.glanceCentral(name(id), share: share), briefWords.brokerAction(name(id)), 0)
        case .programme(let outlook):
            meaning = words.glanceProgrammes(count: 1, first: name(outlook.programme), until: words.when(outlook.until),
                                             positions: outlook.positions.count, cutOff: outlook.result.cutOff.count)
            (severity, action, more) = (nil, briefWords.programmeAction, 0)
        }
        return Node.element("li", [("class", "finding" + (severity.map { " severity-\($0.rawValue)" } ?? ""))]) {
            Node.tag("p", class: "finding-meaning") {
                if let severity {
                    Node.tag("span", class: "badge badge-\(severity.rawValue)", text: words.severityName(severity))
                    " "
                }
                meaning
            }
            Node.tag("p", class: "finding-action") {
                Node.tag("span", class: "what-to-do", text: briefWords.whatToDo)
                " " + action
            }
            if more > 0 { Node.tag("p", class: "note", text: briefWords.moreOfType(more)) }
        }
    }

    private func briefDecisions(_ decisions: [BriefContent.Decision], _ briefWords: BriefWording) -> Node {
        Node.element("section", [("class", "brief-decisions")]) {
            Node.tag("h2", text: briefWords.decisionsHeading)
            if decisions.isEmpty {
                Node.tag("p", text: briefWords.noDecisions)
            } else {
                Node.tag("p", text: briefWords.decisionsLead)
                Node.element("ol", [("class", "decisions")]) {
                    for decision in decisions { Node.tag("li", text: decisionText(decision, briefWords)) }
                }
            }
        }
    }

    private func decisionText(_ decision: BriefContent.Decision, _ briefWords: BriefWording) -> String {
        let suggestionWords = content.language.suggestionWording
        switch decision {
        case .committee(let suggestion):
            return briefWords.committeeDecision(members: suggestion.members.map(name), convener: suggestion.convener.map(name),
                                                convenerIsCommittee: suggestion.convener.flatMap { landscape[$0]?.kind } == .committee)
        case .partner(let suggestion):
            let reason = suggestion.closes.first.map { suggestionWords.closedGap($0, in: landscape) }
                ?? suggestion.reasons.first.map { suggestionWords.reason($0, in: landscape) } ?? ""
            return briefWords.partnerDecision(name(suggestion.from), name(suggestion.to), reason: reason)
        case .fund(let suggestion):
            return briefWords.fundDecision(suggestionWords.fund(suggestion, in: landscape))
        case .secure(let outlook):
            return briefWords.secureDecision(program: name(outlook.programme), until: words.when(outlook.until),
                                             positions: outlook.positions.map(name), fundingTies: outlook.fundingTies)
        }
    }
}
