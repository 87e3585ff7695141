import Foundation
import Testing

/// A shared `landscape serve` with accounts in a real headless Chromium:
/// `Tests/EndToEnd/shared_server_e2e.py` walks through it as a Landkreis does — an admin adds an
/// editor and a reader, the editor adds an actor, the reader sees it and may change nothing (no
/// form offered, the API's 403), a share link shows the map without an account until it is
/// revoked. It saves a screenshot of every step (in the temporary folder, `team-NN-STEP.png`).
/// Needs Debian's `chromium` and `chromium-driver` and python3, as `PagesEndToEndTests`.
@Suite("A shared server with accounts in headless Chromium")
struct SharedServerEndToEndTests {
    @Test("admin, editor, reader and a share link: each sees and may do what the role allows",
          .enabled(if: EndToEndScript.available))
    func walkThrough() throws {
        let run = try EndToEndScript.run("shared_server_e2e")
        #expect(run.status == 0, "\(run.output)")
    }
}
