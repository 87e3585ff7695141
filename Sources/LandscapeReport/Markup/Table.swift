extension Node {
    /// A table with a header row; `numeric` columns are right-aligned.
    public static func table(class className: String? = nil, header: [String], numeric: Set<Int> = [], rows: [[[Node]]]) -> Node {
        Node.element("table", [("class", className)]) {
            Node.element("thead") {
                Node.element("tr") {
                    for (index, heading) in header.enumerated() {
                        Node.element("th", [("scope", "col"), ("class", numeric.contains(index) ? "num" : nil)]) { heading }
                    }
                }
            }
            Node.element("tbody") {
                for row in rows {
                    Node.element("tr") {
                        for (index, cell) in row.enumerated() {
                            Node.element("td", [("class", numeric.contains(index) ? "num" : nil)], cell)
                        }
                    }
                }
            }
        }
    }
}
