import Foundation
import Testing

/// `verify --db FILE`: the cross-source checks over a quote archive, the same as `archive verify`, and the
/// usage errors that keep articles and an archive apart.
@Suite struct VerifyArchiveCommandTests {
    @Test func verifyOverAnArchiveMatchesArchiveVerify() throws {
        try CLIRunner.withTemporaryDirectory { folder in
            let db = "\(folder)/archive.sqlite"
            let added = try CLIRunner.run(["archive", "add", "--db", db, CLIRunner.articles])
            #expect(added.status == 0, "\(added.stderr)")
            for format in ["text", "json"] {
                let viaVerify = try CLIRunner.run(["verify", "--db", db, "--format", format])
                let viaArchive = try CLIRunner.run(["archive", "verify", "--db", db, "--format", format])
                #expect(viaVerify.status == viaArchive.status)
                #expect(viaVerify.stdout == viaArchive.stdout)
                #expect(!viaVerify.stdout.isEmpty)
            }
            let json = try CLIRunner.run(["verify", "--db", db, "--format", "json"])
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            #expect(object?["findings"] is [Any])
        }
    }

    @Test func articlesBesideAnArchiveAreAUsageError() throws {
        try CLIRunner.withTemporaryDirectory { folder in
            let withPaths = try CLIRunner.run(["verify", "--db", "\(folder)/archive.sqlite", CLIRunner.articles])
            #expect(withPaths.status == 2)
            #expect(withPaths.stderr.contains("--db verifies the archive"), "\(withPaths.stderr)")
            let nothing = try CLIRunner.run(["verify"])
            #expect(nothing.status == 2)
            #expect(nothing.stderr.contains("Give at least one article"), "\(nothing.stderr)")
            let missing = try CLIRunner.run(["verify", "--db", "\(folder)/none.sqlite"])
            #expect(missing.status == 2)
        }
    }
}
