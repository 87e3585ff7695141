import LandscapeWording

extension ReportWriter {
    /// Section 10: how every figure, measure and gap rule is defined, in plain words (short
    /// forms of docs/measures.md and the gap rules), with the sources.
    func methodSection() -> Node {
        section(.method) {
            Node.tag("p", class: "lead", text: words.methodIntro)
            Node.tag("div", class: "method") {
                for group in words.methodGroups {
                    Node.tag("div", class: "method-group") {
                        Node.tag("h3", text: group.heading)
                        Node.element("dl") {
                            for entry in group.entries {
                                Node.tag("dt", text: entry.term)
                                Node.tag("dd", text: entry.definition)
                            }
                        }
                    }
                }
            }
            Node.tag("h3", text: words.sourcesHeading)
            Node.element("ul", [("class", "sources")]) {
                for source in MethodSources.all { Node.tag("li", text: source) }
            }
            Node.tag("p", class: "colophon", text: words.colophon(dateText))
        }
    }
}
