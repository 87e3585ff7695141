import LandscapeCore

extension EnglishReportWording: ReportMethodWording {
    var methodIntro: String {
        "How each number in this report is computed, in plain words. The full definitions, with formulas and the tests against the reference library networkx, are in docs/measures.md of the landscape tool."
    }

    var methodGroups: [MethodGroup] {
        [
            MethodGroup(heading: "From the map to the network", entries: [
                ("Network", "Every actor is a point; every tie, whatever its kind, links two actors. Several ties between the same two actors count as one link. For the measures the direction of a tie is ignored, except for the brokerage roles. On a date, only the actors and ties active on that day count."),
                ("Limits", "The numbers show how ties are arranged, not how good the cooperation is, and they are only as complete as the map: a tie that is missing from the file looks like a gap."),
            ]),
            MethodGroup(heading: "Key figures", entries: [
                ("Density", "The share of all possible pairs of actors that have a tie: 2 × links / (n × (n − 1)) for n actors."),
                ("Partners per actor", "The mean number of different partners: 2 × links / n."),
                ("Separate parts", "Groups of actors connected by some path (components); an actor without ties is a part of its own."),
                ("Steps between two actors", "The mean length of the shortest route between two actors of the largest part; the longest such route is the diameter."),
                ("Centralisation", "Freeman's degree centralisation: the sum over all actors of (most partners − own partners), divided by (n − 1)(n − 2). 1 for a star, 0 when all have equally many partners."),
                ("Partners of partners", "Transitivity: 3 × triangles / connected triples – how often two partners of the same actor also work together."),
                ("E–I index", "(ties between groups − ties within groups) / all ties, from −1 (all within) to +1 (all between) (Krackhardt & Stern 1988); by kind of actor and by municipality. The mixing matrix counts the ties between each pair of kinds."),
                ("Written agreements", "Ties of the kind agreement, or marked as formal."),
            ]),
            MethodGroup(heading: "Central actors", entries: [
                ("Betweenness", "For every pair of other actors, the share of their shortest connections that run through the actor, averaged over all ordered pairs: 0 to 100 % (Freeman 1977; Brandes 2001)."),
                ("Partners (degree)", "The number of different actors with a tie to or from the actor."),
                ("PageRank", "The share of time a request spends at the actor when it is passed on from partner to partner and, with probability 15 %, starts afresh at a random actor (Brin & Page 1998). All values add up to 100 %."),
                ("Brokerage roles", "Every chain a → b → c in which a has no direct tie to c makes b a broker; the kinds of a, b and c name the role (Gould & Fernandez 1989). Membership, funding and steering ties count in their direction, the others both ways."),
            ]),
            MethodGroup(heading: "Communities", entries: [
                ("Search", "The Louvain method moves actors between groups as long as the modularity grows (Blondel et al. 2008). It runs ten times from a fixed seed and keeps the best result, so the same map always gives the same communities."),
                ("Modularity", "The share of ties inside communities minus the share expected if ties fell at random (Newman & Girvan 2004). About 0.3 and above counts as clear structure."),
            ]),
            MethodGroup(heading: "Gap rules", entries: [
                (gapTypeName(.isolate), "An actor without any tie (a programme that funds positions excepted). Urgent when it works on a declared need, otherwise medium."),
                (gapTypeName(.pendant), "Actors tied to the landscape by a single partner, grouped by that partner. Minor."),
                (gapTypeName(.fragmented), "Parts of two or more actors without any path to the main network. Urgent when a part has three or more actors, otherwise medium."),
                (gapTypeName(.cutPoint), "An actor without whom at least two others (programmes aside) would be cut off from the rest. Urgent when five or more, or a tenth of the landscape, would be cut off."),
                (gapTypeName(.bridge), "A single tie that is the only route for two or more actors. Medium from three actors, otherwise minor."),
                (gapTypeName(.groupHole), "Two kinds of actors (or municipalities, or sectors) with far fewer ties between them than random mixing would give: none where at least one is expected (urgent from three expected), or at most a quarter of four or more (minor). At most ten per grouping; programmes and 'other' are left out."),
                (gapTypeName(.uncoordinated), "Three or more actors working on one topic or for one target group that fall into groups sharing neither a committee nor a direct cooperation, exchange or agreement. Urgent when a third or more is left outside the largest group and there are three groups or the topic is a declared need."),
                (gapTypeName(.programDependency), "A programme with an end date that funds positions or ties. Urgent when its end would cut actors off, remove a broker or leave a committee with fewer than two members; medium when it funds positions; minor otherwise."),
                (gapTypeName(.uncovered), "A declared need no actor names as topic or target group (urgent), or only actors outside the main network (medium)."),
                (gapTypeName(.planningSilo), "The offices of one municipality fall into groups that share no committee and have no tie. Urgent from three groups, otherwise medium."),
            ]),
            MethodGroup(heading: "Cooperation opportunities", entries: [
                ("Candidates", "Pairs not yet tied that share a partner, a topic or a target group, or that would join the parts of a gap. Funding programmes are left out."),
                ("Ranking", "Common partners (each weighted by one over its number of partners; Zhou, Lü & Zhang 2009) + overlap of topics and target groups + half the complementarity of the kinds (1 for civil society or business with the public side, ½ for other different kinds) + a bonus for the gaps the tie would close (joining parts 3, a second route around a single point of failure 2, coordinating offers 2, linking planning silos 1.5, filling a group hole 1; each weighted by the gap's severity)."),
            ]),
            MethodGroup(heading: "Scenarios and coverage", entries: [
                ("When a programme ends", "The map without the programme, the positions it funds (actors that name it among their programmes) and its funding ties, compared with the map as it is: parts, the largest part, connected pairs of actors, steps between actors. Brokers are actors among the top tenth by betweenness."),
                ("Coverage", "An actor serves a need when one of its topics or target groups is the need (letter case ignored). The matrices count those actors by target group and by education sector (the sectors an actor names)."),
            ]),
        ]
    }

    var sourcesHeading: String { "Sources" }
    func colophon(_ date: String) -> String { "Produced with landscape report from the map of the landscape (\(date))." }
}
