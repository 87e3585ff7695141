import Foundation
import HTTPTypes
import Hummingbird
import LandscapeReport

/// The answers of the pages: an HTML document, a part of one (the actor panel the map fetches),
/// a static asset, a redirect after a form.
enum PageResponse {
    /// A whole page: the doctype and `root`'s markup, escaped on write.
    static func document(_ root: Node, status: HTTPResponse.Status = .ok) -> Response {
        html("<!DOCTYPE html>\n" + root.markup + "\n", status: status)
    }

    /// A part of a page, fetched by the page's script.
    static func fragment(_ node: Node, status: HTTPResponse.Status = .ok) -> Response {
        html(node.markup, status: status)
    }

    /// A file of the app itself (script or style sheet).
    static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// "See other": the browser asks for `location` with GET (after a form was posted).
    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    private static func html(_ text: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
