import Foundation
import Testing

/// The pages of `landscape serve` in a real headless Chromium: `Tests/EndToEnd/pages_e2e.py`
/// drives it over WebDriver (chromedriver) through what an education manager clicks, and fails
/// on any console error; it saves a screenshot when it fails. Needs Debian's `chromium` and
/// `chromium-driver` (the Makefile installs them) and python3.
@Suite("landscape serve in headless Chromium")
struct PagesEndToEndTests {
    @Test("map, panel, search, filters, tables, analysis and history work in Chromium, without console errors",
          .enabled(if: EndToEndScript.available))
    func pages() throws {
        let run = try EndToEndScript.run("pages_e2e")
        #expect(run.status == 0, "\(run.output)")
    }
}
