import Foundation
import Hummingbird

extension BasicRequestContext {
    /// The path parameter `name` percent-decoded: the router gives a segment as sent, so an
    /// actor's id with a space or an umlaut (`/actors/Schule%20Gr%C3%BCnau`) reaches the store as
    /// the id (`Schule Grünau`). A segment that does not decode (a lone `%`) is taken as sent.
    func pathParameter(_ name: String) throws -> String {
        let raw = try parameters.require(name)
        return raw.removingPercentEncoding ?? raw
    }
}
