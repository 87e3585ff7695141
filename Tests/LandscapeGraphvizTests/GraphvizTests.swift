import Testing
@testable import LandscapeGraphviz
