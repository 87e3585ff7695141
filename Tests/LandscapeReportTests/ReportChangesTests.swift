import Foundation
import LandscapeCore
import Testing
@testable import LandscapeReport

@Suite("The report's comparison: what has changed since an older version")
struct ReportChangesTests {
    static let august2019 = CalendarDay(year: 2019, month: 8, day: 1)!

    /// Weimar on 1 August 2019, compared with itself on 1 January 2017 (`--since 2017 --at 2019-08`).
    static func weimar(language: Language? = nil, anonymization: Anonymization = .none) -> Report {
        let whole = Examples.load("weimar")
        let baseline = ReportBaseline(landscape: whole.active(on: CalendarDay(year: 2017, month: 1, day: 1)!),
                                      label: .date(PartialDate(year: 2017)!), newLabel: .reportDate)
        return ReportBuilder(renderer: Examples.renderer).build(whole, options: ReportOptions(
            language: language, anonymization: anonymization, day: august2019, today: Examples.today, baseline: baseline))
    }

    @Test("Weimar since 2017: the section after the contents and before section 1, the headline, the closed gaps, the diagram and the tables")
    func weimar() throws {
        let report = Self.weimar()
        let document = try ParsedDocument.parse(report.html)
        let html = report.html
        let section = try #require(html.range(of: "<section id=\"changes\" class=\"changes\">"))
        let contents = try #require(html.range(of: "<a href=\"#changes\">Was hat sich verändert</a>"))
        let scope = try #require(html.range(of: "<span class=\"number\">1</span>"))
        #expect(contents.lowerBound < section.lowerBound && section.lowerBound < scope.lowerBound)
        #expect(document.headings.first == "Was hat sich verändert")
        #expect(document.headings.dropFirst().count == 11, "the numbered sections and the appendix stay as they are")
        let text = document.text
        #expect(text.contains("1. August 2019 im Vergleich mit 2017: zuerst die Lücken"))
        #expect(text.contains("Lücken: 6 geschlossen, 3 neu, 14 bestehen fort."))
        #expect(text.contains("Hinzugekommen: »Weimarer Bündnis für Sprache und Integration«."))
        #expect(text.contains("Beziehungen: 15 neue Beziehungen, keine beendet, keine geändert."))
        #expect(text.contains("Struktur: Dichte 0,0624 → 0,0824, getrennte Teile 12 → 1, Anteil des größten Teils 0,676 → 1,000, "))
        #expect(text.contains("Am weitesten aufgestiegen: »Ausländerbehörde (Weimar)« (Zwischenzentralität, Rang 13 → 9)."))
        #expect(text.contains("Geschlossene Lücken (6)"))
        #expect(text.contains("Unabgestimmte Angebote (»Integrationskurse«): »Volkshochschule Weimar«"))
        #expect(text.contains("; geschlossen durch »Weimarer Bündnis für Sprache und Integration«"))
        #expect(text.contains("14 Lücken bestehen mit gleicher Dringlichkeit fort."))
        // The diagram of the changes, drawn as render --diff draws it.
        #expect(document.ids.contains("changes-graph0"))
        #expect(html.contains("class=\"node actor committee added\""))
        // Tables: the Bündnis joined; nine course providers that gained their first partner are one row.
        #expect(html.contains("<td>hinzugekommen</td><td><span class=\"actor\">»Weimarer Bündnis für Sprache und Integration«</span></td>"))
        #expect(text.contains("Agentur für Arbeit (Weimar) · Jobcenter Weimar · Sprachkursträger 2 (Weimar) und 7 weitere"))
        #expect(Set(document.ids).count == document.ids.count)
        #expect(html.contains("li.gap-change{"), "the section's style comes with it")
    }

    @Test("A report without a comparison has no trace of one")
    func without() throws {
        let report = Examples.report(Examples.load("weimar"))
        #expect(!report.html.contains("changes"))
        #expect(!report.html.contains("gap-change"))
    }

    @Test("In English, two versions named by their files")
    func english() throws {
        let old = Examples.load("variants/nordhausen-sprachkurse-2017"), new = Examples.load("variants/nordhausen-sprachkurse-2019")
        let baseline = ReportBaseline(landscape: old, label: .files("nordhausen-sprachkurse-2017.yaml"),
                                      newLabel: .files("nordhausen-sprachkurse-2019.yaml"))
        let report = ReportBuilder(renderer: Examples.renderer).build(new, options: ReportOptions(language: .en, today: Examples.today, baseline: baseline))
        let text = try ParsedDocument.parse(report.html).text
        #expect(text.contains("What has changed"))
        #expect(text.contains("nordhausen-sprachkurse-2019.yaml compared with nordhausen-sprachkurse-2017.yaml: the gaps first"))
        #expect(text.contains("Joined: »Beratungsrunde der Integrations- und Sprachkursträger«."))
        #expect(text.contains("Gaps closed (1)"))
        #expect(text.contains("closed by »Beratungsrunde der Integrations- und Sprachkursträger«"))
    }

    @Test("--anonymize all with a comparison: an actor has one pseudonym on both sides, and no name is left")
    func anonymised() throws {
        let report = Self.weimar(anonymization: .all)
        let document = try ParsedDocument.parse(report.html)
        let everything = report.html + "\n" + document.text
        for actor in Examples.load("weimar").actors {
            let left = everything.contains(actor.name)
            #expect(!left, "name \(actor.name) left")
        }
        // The Bündnis is the second committee of the 2019 landscape, on both sides of the comparison.
        let committee = try #require(Examples.load("weimar").actors.filter { $0.kind == .committee }.firstIndex { $0.id == "weimar-buendnis" })
        #expect(document.text.contains("Hinzugekommen: »Gremium \(committee + 1)«."))
        #expect(document.text.contains("geschlossen durch »Gremium \(committee + 1)«"))
    }
}
