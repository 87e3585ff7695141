import LandscapeCore
import LandscapeRender

extension ReportWriter {
    /// Section 7: the communities Louvain finds, what each works on, and how they compare with
    /// the municipalities and education sectors.
    func communitySection() -> Node {
        let groups = content.communities.filter { $0.members.count >= 2 }
        let singles = content.communities.filter { $0.members.count == 1 }.flatMap(\.members)
        return section(.communities) {
            Node.tag("p", class: "lead", text: words.communitiesIntro(count: groups.count, modularity: content.modularity, level: ModularityLevel(content.modularity)))
            // The names are in the network diagram's tiles already; here the colours matter.
            figure(diagrams.communities, caption: words.communityCaption, reading: words.communityReading, tiled: false)
            if groups.isEmpty {
                note(words.noCommunities)
            } else {
                Node.tag("div", class: "communities") {
                    for community in groups { communityCard(community) }
                }
            }
            if !singles.isEmpty { note(words.singleActors(singles.map(name))) }
        }
    }

    func communityCard(_ community: ReportContent.Community) -> Node {
        let color = community.number <= OkabeIto.categorical.count ? OkabeIto.categorical[community.number - 1] : Color(0x999999)
        let size = community.members.count
        return Node.element("div", [("class", "community"), ("style", "border-left-color:\(color.hex)")]) {
            Node.tag("h4", text: words.communityName(community.number, size: size))
            let topics = community.topics.filter { $0.count >= 2 }.prefix(4).map(\.name)
            if !topics.isEmpty { Node.tag("p", text: words.communityTopics(topics)) }
            Node.tag("p", text: words.communityComposition(
                kinds: community.kinds.prefix(3).map { (strings.name(of: $0.kind), $0.count) },
                municipality: content.dominantMunicipality != nil ? nil
                    : community.municipalities.first.flatMap { $0.name.isEmpty ? nil : ($0.name, $0.count) },
                sector: community.sectors.first.flatMap { entry in entry.sector.map { (strings.name(of: $0), entry.count) } },
                size: size))
            Node.tag("p", class: "members", text: list(community.members.map(name), limit: 40))
        }
    }

    /// Cross tables of communities against municipalities and sectors, with a sentence each.
    ///
    /// - Complexity: O(A · (m + s)) for A members, m ≤ 12 municipalities and s sectors shown;
    ///   each member is looked up once.
    func comparison(_ groups: [ReportContent.Community]) -> Node {
        guard groups.count >= 2 else { return Node.empty }
        let rows = groups.map { words.communityShortName($0.number) }
        let actors = groups.map { $0.members.compactMap { landscape[$0] } }
        let municipalities = ReportContent.tally(actors.flatMap { $0.compactMap(\.municipality) }.filter { !$0.isEmpty }, order: <).map(\.0)
        let sectors = Sector.allCases.filter { sector in groups.contains { $0.sectors.contains { $0.sector == sector } } }
        return Node.tag("div", class: "comparison") {
            Node.tag("h3", text: words.comparisonHeading)
            if municipalities.count >= 2 && content.dominantMunicipality == nil {
                let columns = Array(municipalities.prefix(12))
                let values = actors.map { members in columns.map { m in members.count { $0.municipality == m } } }
                Node.tag("div", class: "keep") {
                    Node.tag("p", text: municipalitySentence(groups, actors: actors))
                    HeatMap(rows: rows, columns: columns, values: values,
                            cellTitle: { r, c, v in words.crossCellTitle(rows[r], columns[c], v) },
                            caption: words.communityByMunicipalityCaption).node()
                }
            } else {
                Node.tag("p", text: words.singleMunicipality(content.dominantMunicipality ?? municipalities.first))
            }
            if sectors.count >= 2 {
                let columns = sectors.map { strings.name(of: $0) }
                let values = actors.map { members in sectors.map { s in members.count { $0.sectors.first == s } } }
                Node.tag("div", class: "keep") {
                    Node.tag("p", text: sectorSentence(groups, actors: actors))
                    HeatMap(rows: rows, columns: columns, values: values,
                            cellTitle: { r, c, v in words.crossCellTitle(rows[r], columns[c], v) },
                            caption: words.communityBySectorCaption).node()
                }
            }
        }
    }

    /// How far the communities follow municipal borders. `actors`: each group's members.
    func municipalitySentence(_ groups: [ReportContent.Community], actors: [[Actor]]) -> String {
        guard let purity = purity(actors, key: { $0.municipality }) else { return words.noMunicipalityNamed }
        return words.municipalityComparison(purity: purity, alignment: CommunityAlignment(municipalityPurity: purity),
                                            split: split(groups, actors: actors, key: { $0.municipality }))
    }

    /// How far the communities follow the education sectors.
    func sectorSentence(_ groups: [ReportContent.Community], actors: [[Actor]]) -> String {
        guard let purity = purity(actors, key: { $0.sectors.first?.rawValue }) else { return words.noSectorNamed }
        return words.sectorComparison(purity: purity, alignment: CommunityAlignment(sectorPurity: purity))
    }

    /// The share of actors (with a value) that are in a community where their value is the most
    /// frequent one: 1 when communities never mix municipalities (or sectors). `actors`: each
    /// community's members.
    func purity(_ actors: [[Actor]], key: (Actor) -> String?) -> Double? {
        var total = 0, majority = 0
        for members in actors {
            let values = members.compactMap(key).filter { !$0.isEmpty }
            total += values.count
            majority += ReportContent.tally(values, order: <).first?.1 ?? 0
        }
        return total == 0 ? nil : Double(majority) / Double(total)
    }

    /// Values (municipalities, sectors) whose actors are spread over two or more communities.
    func split(_ groups: [ReportContent.Community], actors: [[Actor]], key: (Actor) -> String?) -> Int {
        var communitiesOf: [String: Set<Int>] = [:]
        for (group, members) in zip(groups, actors) {
            for actor in members {
                if let value = key(actor), !value.isEmpty { communitiesOf[value, default: []].insert(group.number) }
            }
        }
        return communitiesOf.values.filter { $0.count >= 2 }.count
    }
}
