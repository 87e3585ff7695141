/// Actors in numbered groups, group 0 the largest: what components and communities have in
/// common. The dense node indices stay inside the package; the views answer by `ActorID`.
public struct NumberedGroups: Sendable, Equatable {
    /// The group number of each node index.
    package let number: [Int]
    /// The node indices of each group, ascending.
    package let members: [[Int]]
    /// The network's actors by node index.
    private let actorIDs: [ActorID]

    package init(number: [Int], members: [[Int]], actors: [ActorID]) {
        self.number = number
        self.members = members
        self.actorIDs = actors
    }

    /// The number of groups.
    public var count: Int { members.count }

    /// The actors of each group, largest group first.
    ///
    /// - Complexity: O(V) for V actors.
    public var groups: [[ActorID]] { members.map { $0.map { actorIDs[$0] } } }

    /// The group number of each actor (0 for the largest).
    ///
    /// - Complexity: O(V) to build.
    public var numbers: [ActorID: Int] {
        var numbers: [ActorID: Int] = [:]
        numbers.reserveCapacity(actorIDs.count)
        for (node, id) in actorIDs.enumerated() { numbers[id] = number[node] }
        return numbers
    }
}

/// A result that divides the actors into numbered groups (components, communities): their
/// count, their actors, and each actor's group number, by `ActorID`.
public protocol ActorGrouping: Sendable {
    /// The groups, numbered by size.
    var numberedGroups: NumberedGroups { get }
}

extension ActorGrouping {
    /// The number of groups (an actor without ties is a group of its own).
    public var count: Int { numberedGroups.count }
    /// The actors of each group, largest group first, each in the landscape's order.
    public var groups: [[ActorID]] { numberedGroups.groups }
    /// The group number of each actor (0 for the largest).
    public var numbers: [ActorID: Int] { numberedGroups.numbers }
    /// The node indices of each group, ascending.
    package var members: [[Int]] { numberedGroups.members }
}
