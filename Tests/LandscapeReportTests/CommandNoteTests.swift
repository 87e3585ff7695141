import Testing
@testable import LandscapeReport

/// A note that names a command between backticks sets the command as code; everything stays
/// escaped text.
@Suite("Notes that name a command")
struct CommandNoteTests {
    @Test("A command between backticks becomes code, the rest text")
    func command() {
        let node = ReportWriter.commandNote("182 more gaps are not listed. `landscape gaps -o gaps.xlsx` writes every gap.")
        #expect(node.markup == "<p class=\"note\">182 more gaps are not listed. <code>landscape gaps -o gaps.xlsx</code> writes every gap.</p>")
    }

    @Test("Unbalanced backticks stay as they are; markup in the text is escaped, inside code too")
    func unbalancedAndEscaped() {
        #expect(ReportWriter.commandNote("one ` alone").markup == "<p class=\"note\">one ` alone</p>")
        #expect(ReportWriter.commandNote("a `<b>` & c").markup == "<p class=\"note\">a <code>&lt;b&gt;</code> &amp; c</p>")
    }
}
