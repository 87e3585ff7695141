import Testing
@testable import LandscapeCore

/// The compressed rows that the gap rules read: each node's entries sorted, repeats dropped.
@Suite("Node rows")
struct NodeRowsTests {
    @Test("Each row is sorted and without repeats; nodes without entries have empty rows")
    func rows() {
        // Pairs (row, entry) in no order, with repeats: row 2 gets 5, 1, 5; row 0 gets 3 twice.
        let rows = NodeRows([(2, 5), (0, 3), (2, 1), (2, 5), (0, 3), (3, 0)], nodeCount: 5)
        #expect(Array(rows.row(0)) == [3])
        #expect(Array(rows.row(1)) == [])
        #expect(Array(rows.row(2)) == [1, 5])
        #expect(Array(rows.row(3)) == [0])
        #expect(Array(rows.row(4)) == [])
    }

    @Test("Each node's ties by index, both ends by node, and the committees of each member")
    func incidentTies() {
        // a–b cooperation, a–k and b–k membership of committee k, c–a exchange (by hand).
        let l = GapFinderTests.landscape(["a:office", "b:office", "k:committee", "c:office"],
                                         ["a-b", "a-k:member", "b-k:member", "c-a:exchange"])
        let network = Network(l)
        let ties = IncidentTies(l, network: network)
        #expect(Array(ties.ties(of: 0)) == [0, 1, 3])
        #expect(Array(ties.ties(of: 2)) == [1, 2])
        #expect(ties.other(3, than: 0) == 3 && ties.other(3, than: 3) == 0)
        let committees = ties.committees(in: l)
        #expect(Array(committees.row(0)) == [2] && Array(committees.row(1)) == [2])
        #expect(Array(committees.row(3)) == [])
    }
}
