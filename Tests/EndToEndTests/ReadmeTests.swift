import Foundation
import Testing

@Test func readmeDirectiveReferenceMatchesTheCheckersSpecs() throws {
    let readme = try String(contentsOf: LabProcess.repoRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let begin = "<!-- directives:begin -->\n", end = "<!-- directives:end -->"
    let section = try #require(readme.components(separatedBy: begin).dropFirst().first?.components(separatedBy: end).first)
    let generated = try LabProcess.run(["directives"], in: LabProcess.repoRoot)
    #expect(generated.status == 0)
    #expect(section == "\n" + generated.stdout, "README is stale: run bash scripts/update-readme.sh")
}

@Test func readmeNamesTheTwoSetUpCommandsAndCIRunsTheTestOne() throws {
    let readme = try String(contentsOf: LabProcess.repoRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let ci = try String(contentsOf: LabProcess.repoRoot.appendingPathComponent(".ci/run"), encoding: .utf8)
    #expect(readme.contains("bash scripts/setup.sh"))
    #expect(readme.contains("bash scripts/test.sh"))
    #expect(ci.contains("bash scripts/test.sh"))
}
