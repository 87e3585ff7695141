/// Every actor's topics and target groups as numbers, one per distinct match key
/// (`GapFinder.tagKey`): the rules that group, count and compare tags work on integers, not on
/// texts. The same few topics recur on thousands of actors, so each distinct text is lower-cased
/// and hashed once.
struct TagTable {
    /// The match key of each number.
    let keys: [String]
    /// The numbers of the declared needs that some actor names.
    let needs: Set<Int32>
    /// Each node's topic numbers, aligned with `actor.topics` (a repeated tag repeats its number).
    private let topicStart: [Int]
    private let topicList: [Int32]
    /// Each node's target-group numbers, aligned with `actor.targetGroups`.
    private let groupStart: [Int]
    private let groupList: [Int32]

    /// Numbers the tags of `actors` (node `v` is `actors[v]`) and finds the landscape's `needs`
    /// among them.
    ///
    /// - Complexity: O(T) expected for T tags in all, plus O(D · L) for D distinct texts of
    ///   length L.
    init(_ actors: [Actor], needs: [String]) {
        var numberOfText: [String: Int32] = [:]
        var numberOfKey: [String: Int32] = [:]
        var keys: [String] = []
        func number(_ text: String) -> Int32 {
            if let number = numberOfText[text] { return number }
            let key = GapFinder.tagKey(text)
            let number: Int32
            if let known = numberOfKey[key] {
                number = known
            } else {
                number = Int32(keys.count)
                keys.append(key)
                numberOfKey[key] = number
            }
            numberOfText[text] = number
            return number
        }
        var topicStart = [0], groupStart = [0]
        var topicList: [Int32] = [], groupList: [Int32] = []
        topicStart.reserveCapacity(actors.count + 1)
        groupStart.reserveCapacity(actors.count + 1)
        for actor in actors {
            for tag in actor.topics { topicList.append(number(tag)) }
            for tag in actor.targetGroups { groupList.append(number(tag)) }
            topicStart.append(topicList.count)
            groupStart.append(groupList.count)
        }
        self.keys = keys
        self.needs = Set(needs.compactMap { numberOfKey[GapFinder.tagKey($0)] })
        (self.topicStart, self.topicList, self.groupStart, self.groupList) = (topicStart, topicList, groupStart, groupList)
    }

    /// The numbers of `node`'s topics (or target groups), in the actor's order.
    @inline(__always)
    func tags(_ node: Int, targetGroups: Bool) -> ArraySlice<Int32> {
        targetGroups ? groupList[groupStart[node]..<groupStart[node + 1]] : topicList[topicStart[node]..<topicStart[node + 1]]
    }
}
