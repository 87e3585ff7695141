import Foundation
import LandscapeCore
import LandscapeRender
import Testing
@testable import LandscapeServer

@Suite("The map's tie groups named by the ties' ids")
struct TieNamingTests {
    /// What `namingTies` did before it worked on bytes: the reference it must agree with.
    static func byRegex(_ svg: Data, of landscape: Landscape) -> Data {
        let text = String(decoding: svg, as: UTF8.self)
        let renamed = text.replacing(/id="tie(?:-|&#45;)([0-9]+)"/) { match in
            guard let index = Int(match.output.1), landscape.ties.indices.contains(index), let id = landscape.ties[index].id else {
                return String(match.output.0)
            }
            return "id=\"" + SafeIdentifier.make("tie-", id.rawValue) + "\""
        }
        return Data(renamed.utf8)
    }

    @Test("Every form Graphviz writes, and every near miss, as the regular expression named them (Weimar)")
    func sameAsRegex() {
        var ties = ServerTests.weimar.ties
        ties[0].id = "t1"
        ties[1].id = "t<2>&\"x\""  // made safe by SafeIdentifier, as before
        let weimar = Landscape(actors: ServerTests.weimar.actors, ties: ties)
        let last = weimar.ties.count - 1
        let svg = """
            <g id="tie-0" class="edge"><title>a&#45;&gt;b</title></g>
            <g id="tie&#45;1" class="edge"></g><g id="tie-\(last)"></g><g id="tie-\(last + 1)"></g>
            <g id="tie-"></g><g id="tie-x"></g><g id="tie&#45;"></g><g id="tie&#4"></g><g id="ties-1"></g>
            <g id="tie-99999999999999999999999"></g><g id="tie-2 "></g><g id="tie-3"
            """ + "id=\"tie"
        let data = Data(svg.utf8)
        #expect(MapDrawings.namingTies(data, of: weimar) == Self.byRegex(data, of: weimar))
        #expect(String(decoding: MapDrawings.namingTies(data, of: weimar), as: UTF8.self).contains(#"<g id="tie-t1" class="edge">"#))
    }
}
