import Foundation
import LandscapeCore
import Testing
@testable import LandscapeReport

@Suite("The report's main part and appendix: what a steering group reads first")
struct ReportAppendixTests {
    @Test("Weimar in 2017: the summary leads with the nine course providers that do not coordinate")
    func summary2017() throws {
        let report = Examples.report(Examples.load("weimar"), ReportOptions(day: CalendarDay(year: 2017, month: 1, day: 1)!, today: Examples.today))
        let html = report.html
        let glance = try #require(html.range(of: "<div class=\"glance\">"))
        let first = try #require(html.range(of: "<li>", range: glance.upperBound..<html.endIndex))
        let end = try #require(html.range(of: "</li>", range: first.upperBound..<html.endIndex))
        let point = String(html[first.upperBound..<end.lowerBound])
        // graphs/weimar.yaml: in 2017 the Volkshochschule and Sprachkursträger 2–9 share no committee and no tie.
        #expect(point.contains("9 Akteure arbeiten zu »Integrationskurse« und »Sprachförderung«"), "\(point)")
        for number in 2...9 { #expect(point.contains("»Sprachkursträger \(number) (Weimar)«")) }
        #expect(point.contains("»Volkshochschule Weimar«"))
    }

    @Test("Thüringen: the programme's end in one wording and one figure; the DigitalPakt is not the summary's central actor")
    func programmeOnce() throws {
        let html = Examples.report(Examples.load("thueringen")).html
        let text = try ParsedDocument.parse(html).text
        // The summary, the gap and the programme's card say the same sentence with the same share.
        let sentence = "»DigitalPakt Schule« endet im Dezember 2024; damit entfallen 12 Förderbeziehungen."
        #expect(text.components(separatedBy: sentence).count - 1 == 3, "the summary, the gap and the card, in the same words")
        #expect(text.components(separatedBy: "28 % der verbundenen Akteurspaare verlören ihre Verbindung").count - 1 == 3)
        #expect(!text.contains("Dezember 2024; damit entfällt") && !text.contains("endet am 2024-12"))
        #expect(!text.contains("»DigitalPakt Schule« verbindet die meisten Akteure"))
    }

    @Test("The appendix follows section 9: tiles, the other gaps, tables and the directory; section 10 after it", arguments: ["weimar", "thueringen"])
    func appendix(name: String) throws {
        let html = Examples.report(Examples.load(name)).html
        let appendix = try #require(html.range(of: "<section id=\"appendix\" class=\"appendix\">"))
        let coverage = try #require(html.range(of: "<section id=\"s9\""))
        let method = try #require(html.range(of: "<section id=\"s10\""))
        #expect(coverage.lowerBound < appendix.lowerBound && appendix.lowerBound < method.lowerBound)
        let after = html[appendix.upperBound..<method.lowerBound]
        #expect(after.contains("class=\"directory-table\""))
        #expect(!html[..<appendix.lowerBound].contains("class=\"directory-table\""), "the directory is looked up, not read")
        #expect(!html[..<appendix.lowerBound].contains("badge badge-low"), "minor gaps are in the appendix")
        #expect(html.contains("<a href=\"#appendix\">Anhang: die vollständigen Listen</a>"))
    }
}
