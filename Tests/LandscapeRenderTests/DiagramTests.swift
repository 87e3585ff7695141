import Testing
@testable import LandscapeRender
