import LandscapeCore
import LandscapeWording

/// A node's fill and outline.
struct Paint: Hashable {
    var fill: Color
    var outline: Color
}

/// The node colours of one diagram and the colour key for the legend.
struct Colouring {
    struct Key: Hashable {
        var label: String
        var fill: Color
    }

    /// One paint per shown actor, by position.
    private(set) var paints: [Paint]
    /// The legend's colour key (empty when colour shows the kind).
    private(set) var keys: [Key]
    /// Groups beyond the palette that share the colour "others".
    private(set) var sharedGroups = 0

    static let noneFill = Color.white
    static let noneOutline = Color(0x777777)
    static let othersHue = Color(0x999999)

    /// `communityNames`: a community's name by its number (»Teilnetz 1 um »Jugendamt««), as the
    /// overview names it; a community without one is named by its number alone.
    init(_ colorBy: DiagramOptions.ColorBy, actors: [Actor], strings: DiagramStrings, communities: [ActorID: Int] = [:],
         communityNames: [Int: String] = [:]) {
        func paint(_ hue: Color) -> Paint { Paint(fill: hue.tint(0.5), outline: hue.shade(0.25)) }
        let none = Paint(fill: Self.noneFill, outline: Self.noneOutline)
        switch colorBy {
        case .kind:
            paints = actors.map { Paint(fill: KindStyle.of($0.kind).fill, outline: KindStyle.of($0.kind).outline) }
            keys = []
        case .sector:
            // Fixed: the n-th sector has the n-th hue in every diagram.
            let hues = Dictionary(uniqueKeysWithValues: zip(Sector.allCases, OkabeIto.categorical))
            paints = actors.map { actor in actor.sectors.first.flatMap { hues[$0] }.map(paint) ?? none }
            let present = Set(actors.compactMap(\.sectors.first))
            keys = Sector.allCases.filter(present.contains).compactMap { sector in
                hues[sector].map { Key(label: strings.name(of: sector), fill: paint($0).fill) }
            }
            if actors.contains(where: { $0.sectors.isEmpty }) { keys.append(Key(label: strings.noSector, fill: Self.noneFill)) }
        case .community:
            // Communities are numbered largest first, so the n-th hue goes to the n-th largest.
            let palette = GroupPalette.colours
            let present = Set(actors.compactMap { communities[$0.id] }).sorted()
            sharedGroups = max(0, present.count - palette.count)
            paints = actors.map { actor in
                guard let c = communities[actor.id] else { return none }
                return paint(c < palette.count ? palette[c] : Self.othersHue)
            }
            keys = present.prefix(palette.count).map { c in
                Key(label: communityNames[c] ?? "\(strings.communityName) \(c + 1)", fill: paint(palette[c]).fill)
            }
            if sharedGroups > 0 { keys.append(Key(label: strings.othersGrouped(sharedGroups), fill: paint(Self.othersHue).fill)) }
        case .municipality:
            var counts: [String: Int] = [:]
            for actor in actors { if let m = actor.municipality { counts[m, default: 0] += 1 } }
            let order = counts.sorted { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }.map(\.key)
            let palette = GroupPalette.colours
            var hue: [String: Color] = [:]
            for (index, name) in order.enumerated() where index < palette.count { hue[name] = palette[index] }
            sharedGroups = max(0, order.count - palette.count)
            paints = actors.map { actor in
                guard let m = actor.municipality else { return none }
                return paint(hue[m] ?? Self.othersHue)
            }
            keys = order.prefix(palette.count).compactMap { name in hue[name].map { Key(label: name, fill: paint($0).fill) } }
            if sharedGroups > 0 { keys.append(Key(label: strings.othersGrouped(sharedGroups), fill: paint(Self.othersHue).fill)) }
            if actors.contains(where: { $0.municipality == nil }) { keys.append(Key(label: strings.noMunicipality, fill: Self.noneFill)) }
        }
    }

    func paint(_ position: Int) -> Paint { paints[position] }
}
