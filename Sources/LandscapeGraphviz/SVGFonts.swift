import Foundation
import LandscapeRender

/// The fonts an SVG asks the browser for, made to be the ones Graphviz measured with.
///
/// Graphviz (through Pango) reads a `fontname` such as "DejaVu Sans Bold" as the family
/// DejaVu Sans in bold, but its SVG writer copies the name into `font-family`, a family no
/// system has; a browser then falls back to another font, wider or narrower than the one the
/// node was sized for. Each such name is rewritten as the family and a `font-weight`.
enum SVGFonts {
    /// The bold names the diagrams use, and the family and weight each stands for.
    static let bold = [("DejaVu Sans Bold", "DejaVu Sans")]

    /// `svg` with `font-family="FAMILY Bold"` written as `font-family="FAMILY" font-weight="bold"`.
    /// User text cannot contain the pattern: Graphviz writes its quotes as `&quot;`.
    ///
    /// - Complexity: O(n) for an SVG of n bytes, on the bytes (`ByteReplacing`).
    static func named(_ svg: Data) -> Data {
        var data = svg
        for (name, family) in bold {
            let written = Array("font-family=\"\(family)\" font-weight=\"bold\"".utf8)
            data = ByteReplacing.replacing(Array("font-family=\"\(name)\"".utf8), in: data) { _ in (written, 0) }
        }
        return data
    }
}
