import Foundation
import LandscapeCore
import LandscapeRender
import Testing
@testable import LandscapeReport

/// A renderer that always fails, as a crashed or missing worker does.
struct FailingRenderer: DiagramRenderer {
    func render(_ diagram: Diagram, as format: RenderFormat) throws(RenderError) -> Rendering {
        throw .workerFailed("no worker here", detail: [])
    }
}

@Suite("Report diagrams that cannot be drawn")
struct ReportDiagramsTests {
    @Test("The report is still built; the warning names the diagram in the report's language")
    func notDrawn() {
        let landscape = Examples.load("weimar")
        let reason = "the Graphviz worker process failed: no worker here"
        let german = ReportBuilder(renderer: FailingRenderer()).build(landscape, options: ReportOptions(language: .de, today: Examples.today))
        #expect(german.messages.contains("warning: das Diagramm »Das Kooperationsnetz« konnte nicht gezeichnet werden: \(reason)"), "\(german.messages)")
        #expect(german.html.contains("Das Diagramm konnte nicht gezeichnet werden"))
        let english = ReportBuilder(renderer: FailingRenderer()).build(landscape, options: ReportOptions(language: .en, today: Examples.today))
        #expect(english.messages.contains("warning: the diagram “The cooperation network” could not be drawn: \(reason)"), "\(english.messages)")
    }
}
