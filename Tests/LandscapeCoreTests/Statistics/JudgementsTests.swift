import Testing
import LandscapeCore

/// Each threshold in Judgements.swift, checked just below, on and just above it, so that a
/// change of a threshold (which changes what the report says in every language) is deliberate.
@Suite("Judgements: the levels the report words")
struct JudgementsTests {
    let below = -1e-9, above = 1e-9

    @Test("Network scale: large from 20 actors")
    func networkScale() {
        #expect(NetworkScale(actors: 0) == .small)
        #expect(NetworkScale(actors: 19) == .small)
        #expect(NetworkScale(actors: 20) == .large)
        #expect(NetworkScale(actors: 21) == .large)
    }

    @Test("Centralisation: a few hubs from 0.2, one hub from 0.5")
    func centralization() {
        #expect(CentralizationLevel(0) == .even)
        #expect(CentralizationLevel(0.2 + below) == .even)
        #expect(CentralizationLevel(0.2) == .fewHubs)
        #expect(CentralizationLevel(0.5 + below) == .fewHubs)
        #expect(CentralizationLevel(0.5) == .oneHub)
        #expect(CentralizationLevel(1) == .oneHub)
    }

    @Test("Transitivity: low below 0.2, high from 0.4")
    func transitivity() {
        #expect(TransitivityLevel(0) == .low)
        #expect(TransitivityLevel(0.2 + below) == .low)
        #expect(TransitivityLevel(0.2) == .moderate)
        #expect(TransitivityLevel(0.4 + below) == .moderate)
        #expect(TransitivityLevel(0.4) == .high)
        #expect(TransitivityLevel(1) == .high)
    }

    @Test("E–I index: within below −0.3, between above +0.3, both ends balanced")
    func mixing() {
        #expect(MixingLevel(ei: -1) == .within)
        #expect(MixingLevel(ei: -0.3 + below) == .within)
        #expect(MixingLevel(ei: -0.3) == .balanced)
        #expect(MixingLevel(ei: 0) == .balanced)
        #expect(MixingLevel(ei: 0.3) == .balanced)
        #expect(MixingLevel(ei: 0.3 + above) == .between)
        #expect(MixingLevel(ei: 1) == .between)
    }

    @Test("Modularity: clear from 0.3")
    func modularity() {
        #expect(ModularityLevel(0) == .weak)
        #expect(ModularityLevel(0.3 + below) == .weak)
        #expect(ModularityLevel(0.3) == .clear)
        #expect(ModularityLevel(0.9) == .clear)
    }

    @Test("Communities follow municipalities from a purity of 0.8, sectors from 0.7")
    func alignment() {
        #expect(CommunityAlignment(municipalityPurity: 0.8 + below) == .crosses)
        #expect(CommunityAlignment(municipalityPurity: 0.8) == .follows)
        #expect(CommunityAlignment(municipalityPurity: 0.75) == .crosses)
        #expect(CommunityAlignment(sectorPurity: 0.7 + below) == .crosses)
        #expect(CommunityAlignment(sectorPurity: 0.7) == .follows)
        #expect(CommunityAlignment(sectorPurity: 0.75) == .follows)
    }

    @Test("Central position: paths named from 0.05, a bridge from 0.2, a point of contact from twice the average PageRank")
    func centralPosition() {
        let quiet = CentralPosition(betweenness: 0.05 + below, pagerankRatio: 2 + below)
        #expect(quiet == CentralPosition(betweenness: 0, pagerankRatio: 0))
        #expect(!quiet.carriesPaths && !quiet.isBridgingActor && !quiet.isPointOfContact)

        let named = CentralPosition(betweenness: 0.05, pagerankRatio: 1)
        #expect(named.carriesPaths && !named.isBridgingActor)
        let almostBridge = CentralPosition(betweenness: 0.2 + below, pagerankRatio: 1)
        #expect(almostBridge.carriesPaths && !almostBridge.isBridgingActor)
        let bridge = CentralPosition(betweenness: 0.2, pagerankRatio: 1)
        #expect(bridge.carriesPaths && bridge.isBridgingActor)

        #expect(CentralPosition(betweenness: 0, pagerankRatio: 2).isPointOfContact)
        #expect(!CentralPosition(betweenness: 0, pagerankRatio: 2 + below).isPointOfContact)
    }
}
