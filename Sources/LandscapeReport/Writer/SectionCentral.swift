import LandscapeCore
import LandscapeRender
import LandscapeWording

extension BrokerageRole {
    /// Okabe–Ito hues, one per role.
    var color: Color {
        switch self {
        case .coordinator: OkabeIto.bluishGreen
        case .itinerant: OkabeIto.skyBlue
        case .representative: OkabeIto.orange
        case .gatekeeper: OkabeIto.reddishPurple
        case .liaison: OkabeIto.blue
        }
    }
}

extension ReportWriter {
    /// Section 4: top actors by betweenness, brokerage roles, and a sentence on the role of
    /// each leading actor; the rankings by degree and PageRank are in the appendix
    /// (`otherRankings`).
    func centralSection() -> Node {
        section(.centralActors) {
            Node.tag("p", class: "lead", text: words.centralIntro)
            ranking(content.betweenness, heading: words.betweennessHeading, intro: words.betweennessIntro,
                    valueHeading: words.betweennessColumn, format: { words.percent($0) }, color: OkabeIto.vermillion)
            if let estimate = content.estimate {
                note(words.betweennessEstimated(threshold: Sampling.largeAbove, samples: estimate.samples, errorBound: estimate.errorBound))
            }
            brokerageTable()
            roleSentences()
        }
    }

    /// The top actors by degree and by PageRank (in the appendix).
    func otherRankings() -> [Node] {
        let n = max(1, landscape.actors.count)
        return [
            ranking(content.degree, heading: words.degreeHeading, intro: words.degreeIntro,
                    valueHeading: words.degreeColumn, format: { words.integer(Int($0)) }, color: OkabeIto.blue),
            ranking(content.pagerank, heading: words.pagerankHeading, intro: words.pagerankIntro(average: 1 / Double(n)),
                    valueHeading: words.pagerankColumn, format: { words.percent($0) }, color: OkabeIto.bluishGreen),
        ]
    }

    /// One top-10 table with a bar per actor (scaled to the largest value).
    func ranking(_ entries: [ReportContent.Ranked], heading: String, intro: String, valueHeading: String,
                 format: (Double) -> String, color: Color) -> Node {
        let top = Array(entries.prefix(ReportContent.topCount))
        let largest = top.first?.value ?? 0
        return Node.tag("div", class: "ranking") {
            Node.tag("h3", text: heading)
            Node.tag("p", text: intro)
            if top.isEmpty {
                note(words.nobodyRanked)
            } else {
                table(class: "ranking-table", header: ["#", words.actorColumn, valueHeading, ""], numeric: [0, 2], rows: top.enumerated().map { index, entry in
                    [[.text("\(index + 1)")], actorCell(entry.id), [.text(format(entry.value))],
                     [Bars.single(entry.value, of: largest, color: color, label: format(entry.value))]]
                })
            }
        }
    }

    /// Brokerage roles of the ten actors with the most, as counts and a stacked bar.
    func brokerageTable() -> Node {
        let top = Array(content.brokers.prefix(ReportContent.topCount))
        let largest = top.first?.value ?? 0
        return Node.tag("div", class: "brokers") {
            Node.tag("h3", text: words.brokerageHeading)
            Node.tag("p", text: words.brokerageIntro)
            Node.element("dl", [("class", "roles")]) {
                for role in BrokerageRole.allCases {
                    Node.element("dt") {
                        Node.element("span", [("class", "swatch"), ("style", "background:\(role.color.hex)")])
                        words.roleName(role)
                    }
                    Node.tag("dd", text: words.roleExplanation(role))
                }
            }
            if top.isEmpty {
                note(words.nobodyBrokers)
            } else {
                table(class: "ranking-table brokerage-table", header: ["#", words.actorColumn, words.rolesColumn, words.totalRolesColumn, ""],
                      numeric: [0, 3], rows: top.enumerated().map { index, entry in
                    let roles = content.centrality[entry.id]?.brokerage ?? BrokerageRoles()
                    let held = BrokerageRole.allCases.map { ($0, $0.count(in: roles)) }.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }
                    return [[.text("\(index + 1)")], actorCell(entry.id),
                            [Node.tag("span", class: "role-counts") {
                                for (position, (role, count)) in held.enumerated() {
                                    if position > 0 { " · " }
                                    Node.tag("span", class: "role") {
                                        Node.element("span", [("class", "swatch"), ("style", "background:\(role.color.hex)")])
                                        "\(count) \(words.roleName(role))"
                                    }
                                }
                            }],
                            [.text(words.integer(roles.total))],
                            [Bars.stacked(BrokerageRole.allCases.map { (Double($0.count(in: roles)), $0.color, words.roleName($0)) },
                                          of: largest, label: words.integer(roles.total))]]
                })
            }
            note(words.committeesDoNotBroker)
        }
    }

    /// One sentence per leading actor (the first five of each ranking) on what its position means.
    func roleSentences() -> Node {
        var seen = Set<ActorID>(), ids: [ActorID] = []
        for list in [content.betweenness, content.degree, content.pagerank, content.brokers] {
            for entry in list.prefix(5) where seen.insert(entry.id).inserted { ids.append(entry.id) }
        }
        guard !ids.isEmpty else { return Node.empty }
        let n = max(1, landscape.actors.count)
        let ending = content.programmes
        return Node.tag("div", class: "roles-explained") {
            Node.tag("h3", text: words.whoIsWhoHeading)
            Node.element("ul", [("class", "who")]) {
                for id in ids {
                    let measures = content.centrality[id]
                    let roles = measures?.brokerage ?? BrokerageRoles()
                    let main = BrokerageRole.allCases.map { ($0, $0.count(in: roles)) }.max { $0.1 < $1.1 }
                    let programme = ending.first { $0.positions.contains(id) }
                    let facts = RoleFacts(
                        name: name(id), kind: landscape[id]?.kind ?? .other, partners: measures?.degree ?? 0,
                        betweenness: measures?.betweenness ?? 0, pagerankRatio: (measures?.pagerank ?? 0) * Double(n),
                        mainRole: main.flatMap { $0.1 > 0 ? RoleFacts.HeldRole(role: $0.0, count: $0.1) : nil },
                        cutOff: content.cutPoints[id] ?? 0,
                        endingProgramme: programme.map { RoleFacts.EndingProgramme(name: name($0.programme), until: words.when($0.until)) })
                    Node.element("li") {
                        Node.tag("strong", text: name(id))
                        " "
                        kindChip(facts.kind)
                        " " + words.roleSentence(facts)
                    }
                }
            }
        }
    }
}
