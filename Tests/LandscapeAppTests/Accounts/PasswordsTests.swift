import LandscapeApp
import Testing

/// The accounts' passwords: what one must be, and bcrypt's hash (at the lowest cost, 4, so that
/// the tests stay quick; the server and `landscape user` use `Passwords.cost`).
@Suite("Passwords: rules and bcrypt")
struct PasswordsTests {
    @Test("A password has 10 characters at least and 72 bytes at most (bcrypt reads no further)")
    func rules() {
        #expect(Passwords.problem(with: "kurz") == .tooShort(minimum: 10))
        #expect(Passwords.problem(with: "zehn zeich") == nil)
        // 36 × »ü« is 72 bytes in UTF-8, 37 is 74.
        #expect(Passwords.problem(with: String(repeating: "ü", count: 36)) == nil)
        #expect(Passwords.problem(with: String(repeating: "ü", count: 37)) == .tooLong(maximum: 72))
    }

    @Test("A hash is bcrypt's ($2b$, the cost given), salted anew each time, and verifies only its own password")
    func hashAndVerify() async {
        let first = await Passwords.hash("Bildungslandschaft 2024", cost: 4)
        let second = await Passwords.hash("Bildungslandschaft 2024", cost: 4)
        #expect(first.hasPrefix("$2b$04$") && first.count == 60)
        #expect(first != second)
        #expect(await Passwords.verify("Bildungslandschaft 2024", hash: first))
        #expect(await Passwords.verify("Bildungslandschaft 2024", hash: second))
        #expect(await !Passwords.verify("Bildungslandschaft 2025", hash: first))
        #expect(await !Passwords.verifyWithoutAccount("Bildungslandschaft 2024"))
    }
}
