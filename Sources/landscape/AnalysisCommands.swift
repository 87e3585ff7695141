import ArgumentParser

/// The commands that analyse a landscape and print the result.
let analysisCommands: [ParsableCommand.Type] = [
    Stats.self, Central.self, CommunitiesCommand.self, Gaps.self, WhatIfCommand.self, Suggest.self,
]
