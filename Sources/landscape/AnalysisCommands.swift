import ArgumentParser

/// The commands of the measures issue.
let analysisCommands: [ParsableCommand.Type] = [
    Stats.self, Central.self, CommunitiesCommand.self, Gaps.self, WhatIfCommand.self, Suggest.self,
]
