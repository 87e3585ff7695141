import LandscapeCore

/// The sentences of the coordination findings that concern committees.
extension GapWording {
    /// A committee that alone links `cutOff` to the rest, and who convenes it.
    func committeeDependency(_ committee: String, cutOff: [String], convener: String?) -> GapSentences {
        let names = list(cutOff)
        guard let convener else {
            return GapSentences(
                explanation: words.committeeDependencyExplanationUnconvened(count: cutOff.count, cutOff: names, committee: q(committee)),
                action: words.committeeDependencyActionUnconvened(committee: q(committee)))
        }
        return GapSentences(
            explanation: words.committeeDependencyExplanation(count: cutOff.count, cutOff: names, committee: q(committee), convener: q(convener)),
            action: words.committeeDependencyAction(committee: q(committee), convener: q(convener)))
    }
}
