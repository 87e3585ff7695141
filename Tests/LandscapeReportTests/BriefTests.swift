import Foundation
import LandscapeCore
import Testing
@testable import LandscapeReport

@Suite("The briefing (report --brief): findings, proposed decisions, the network, the changes")
struct BriefTests {
    static func brief(_ name: String, language: Language? = nil, day: CalendarDay? = nil, baseline: ReportBaseline? = nil) -> Report {
        ReportBuilder(renderer: Examples.renderer).brief(Examples.load(name), options: ReportOptions(
            language: language, day: day, today: Examples.today, baseline: baseline))
    }

    /// The findings and decisions as the briefing chooses them for an example.
    static func content(_ name: String, day: CalendarDay? = nil) -> (BriefContent, ReportContent) {
        let whole = Examples.load(name)
        let landscape = day.map { whole.active(on: $0) } ?? whole
        // The report's date: the day asked for, else the landscape's `as_of` (as `PreparedReport`).
        let content = ReportContent(landscape, language: landscape.language, date: day ?? whole.asOf?.firstDay ?? Examples.today, seed: 1)
        return (BriefContent(content), content)
    }

    @Test("Weimar in German: one line of title, date and scope, 3 to 5 findings with the most urgent first, the decisions, one diagram")
    func weimar() throws {
        let report = Self.brief("weimar")
        let html = report.html
        let document = try ParsedDocument.parse(html)
        #expect(html.contains("<p class=\"kicker\">Sitzungsvorlage für die Lenkungsgruppe</p>"))
        // Weimar's file as section 1 of the report counts it: 35 actors (without the instruments
        // and events) and the 50 ties among them, in Weimar, Thüringen and the Bund.
        #expect(document.text.contains(" · 35 Akteure, 50 Beziehungen in 3 Kommunen bzw. Ebenen"))
        let findings = html.components(separatedBy: "<li class=\"finding").count - 1
        #expect((3...5).contains(findings), "\(findings) findings")
        #expect(html.contains("<li class=\"finding severity-high\"><p class=\"finding-meaning\"><span class=\"badge badge-high\">dringend</span>"))
        #expect(document.headings.contains("Beschlussvorschläge"))
        #expect(document.text.contains("Die Lenkungsgruppe beschließt:"))
        #expect(html.components(separatedBy: "<figure class=\"diagram\">").count - 1 == 1, "one overview diagram")
        #expect(!html.contains("id=\"changes\""), "no comparison asked for")
    }

    @Test("Weimar's overview: the legend is HTML under the picture, not inside it, and the picture has no title of its own")
    func key() throws {
        let html = Self.brief("weimar").html
        let start = try #require(html.range(of: "<figure class=\"diagram\">"))
        let figure = html[start.lowerBound...]
        #expect(!figure.contains("class=\"cluster legend\""), "no legend inside the SVG")
        #expect(!figure.contains(">Bildungslandschaft Stadt Weimar</text>"), "the page's title, not the picture's")
        #expect(figure.contains("<div class=\"diagram-key\">"))
        // The headings of diagram-overview.yaml (German); each community's box names it (after an
        // actor), so the key has no colours to repeat the names.
        #expect(figure.contains("<p class=\"key-heading\">Gruppen</p>") && figure.contains("<p class=\"key-heading\">Einzeln gezeichnet</p>"))
        #expect(figure.contains(">Teilnetz 1 um</text>"))
        #expect(!figure.contains("<rect x=\"7\" y=\"4\" width=\"20\" height=\"12\""), "no colour swatch in the key")
        #expect(!figure.contains("<p class=\"key-heading\">Legende</p>"), "the legend's own heading is left out")
        _ = try ParsedDocument.parse(html)
    }

    @Test("Findings are ordered by severity and stand for one type of gap each")
    func ordered() {
        for name in ["weimar", "thueringen", "jena", "nordhausen"] {
            let (brief, _) = Self.content(name)
            let gaps = brief.findings.compactMap { finding -> Gap? in if case .gap(let gap, _) = finding { gap } else { nil } }
            let ranks = gaps.map { GapSeverity.allCases.firstIndex(of: $0.severity) ?? 0 }
            #expect(ranks == ranks.sorted(), "\(name): \(ranks)")
            #expect(Set(gaps.map(\.type)).count == gaps.count, "\(name): one finding per type")
            #expect(brief.findings.count <= BriefContent.findingLimit)
            #expect(brief.decisions.count <= BriefContent.decisionLimit && !brief.decisions.isEmpty, "\(name)")
        }
    }

    @Test("Thüringen: the DigitalPakt is no broker finding; its end is a decision to secure")
    func programmeIsNoBroker() throws {
        let (brief, content) = Self.content("thueringen")
        let programmes = Set(content.landscape.actors.filter { $0.kind == .program }.map(\.id))
        for finding in brief.findings {
            switch finding {
            case .gap(let gap, _):
                if case .cutPoint(let actor, _) = gap.reason { #expect(!programmes.contains(actor), "\(actor) headlined as a cut point") }
            case .broker(let actor, _): #expect(!programmes.contains(actor))
            case .programme: break
            }
        }
        let secured = brief.decisions.compactMap { decision -> ActorID? in if case .secure(let outlook) = decision { outlook.programme } else { nil } }
        #expect(secured.contains(ActorID("digitalpakt")), "\(secured)")
        let text = try ParsedDocument.parse(Self.brief("thueringen").html).text
        #expect(!text.contains("»DigitalPakt Schule« verbindet die meisten Akteure"))
        #expect(text.contains("Bevor »DigitalPakt Schule« "))
    }

    @Test("English with --lang en, and what changed since 2017 as the headline sentences")
    func englishSince() throws {
        let whole = Examples.load("weimar")
        let baseline = ReportBaseline(landscape: whole.active(on: CalendarDay(year: 2017, month: 1, day: 1)!),
                                      label: .date(PartialDate(year: 2017)!), newLabel: .reportDate)
        let report = Self.brief("weimar", language: .en, day: CalendarDay(year: 2019, month: 8, day: 1)!, baseline: baseline)
        let document = try ParsedDocument.parse(report.html)
        #expect(document.headings.contains("Proposed decisions"))
        #expect(document.headings.contains("Since the last meeting"))
        // As the full report's comparison says it (ReportChangesTests, in German there).
        #expect(document.text.contains("Gaps: 6 closed, 3 opened, 14 persist."))
        #expect(!report.html.contains("class=\"changes-table\""), "the briefing keeps the headline, not the tables")
    }
}
