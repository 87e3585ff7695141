import Testing
@testable import LandscapeReport
