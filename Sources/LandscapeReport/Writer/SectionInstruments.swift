import LandscapeCore

extension ReportWriter {
    /// Section 8: the resources (reports, portals, planning tools) and events of the map, which
    /// the analyses leave out, with who maintains, uses or attended each.
    func instrumentSection() -> Node {
        let resources = landscape.resourceTies(), events = landscape.eventTies()
        return section(.instruments) {
            if resources.isEmpty && events.isEmpty {
                Node.tag("p", class: "lead", text: words.instrumentsNone)
            } else {
                Node.tag("p", class: "lead", text: words.instrumentsIntro(resources: resources.count, events: events.count))
                if !resources.isEmpty {
                    Node.tag("h3", text: words.resourcesHeading)
                    table(class: "instrument-table",
                          header: [words.resourceColumn, words.maintainedColumn, words.usedColumn, words.otherTiesColumn],
                          rows: resources.map { entry in
                              [actorCell(entry.element), [namesCell(entry.maintainers)], [namesCell(entry.users)], [namesCell(entry.others)]]
                          })
                    let unmaintained = resources.filter(\.isUnmaintained).map { name($0.element) }
                    if !unmaintained.isEmpty { note(words.unmaintained(unmaintained)) }
                }
                if !events.isEmpty {
                    Node.tag("h3", text: words.eventsHeading)
                    table(class: "event-table", header: [words.eventColumn, words.dateColumn, words.attendedColumn, words.otherTiesColumn],
                          rows: events.map { entry in
                              [actorCell(entry.element), [.text(landscape[entry.element]?.period.since.map(words.date) ?? "–")],
                               [namesCell(entry.users)], [namesCell(entry.others)]]
                          })
                }
            }
        }
    }

    /// Names in a table cell: the number first when there are many.
    private func namesCell(_ ids: [ActorID]) -> Node {
        .text(ids.isEmpty ? "–" : words.namesCell(ids.map(name)))
    }
}
