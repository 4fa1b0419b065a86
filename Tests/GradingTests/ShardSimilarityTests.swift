import Notebook
import Testing
@testable import Grading

@Suite struct ShardSimilarityTests {
    @Test func everyStudentLandsInExactlyOneShard() throws {
        let students = (0..<200).map { "student-\($0)" }
        let shards = try (1...7).map { try Shard("\($0)/7") }
        for student in students { #expect(shards.filter { $0.contains(student) }.count == 1) }
        let sizes = shards.map { shard in students.filter(shard.contains).count }
        #expect(sizes.allSatisfy { $0 > 10 })
    }

    @Test(arguments: ["0/3", "4/3", "a/b", "1", "1/0"])
    func badShardsAreRefused(text: String) {
        #expect(throws: GradingError.self) { try Shard(text) }
    }

    func print(_ text: String) throws -> Similarity.Fingerprint {
        Similarity.fingerprint(try NotebookParser.parse(path: "x.md", bytes: Array(text.utf8)))
    }

    @Test func renamingAndReorderingIndependentLinesKeepTheProgramHash() throws {
        let a = try print("```lab\nload iris\nsplit iris test=0.3 seed=0\ntrain tree max_depth=3 seed=0 on iris.train as t\ntrain knn n_neighbors=5 on iris.train as k\nevaluate t, k on iris.test\n```\n")
        let b = try print("# Mine\n\n```lab\nload iris\nsplit iris seed=0 test=0.3\ntrain knn n_neighbors=5 on iris.train as neighbours\n```\n\nProse.\n\n```lab\ntrain tree seed=0 max_depth=3 on iris.train as mytree\nevaluate mytree, neighbours on iris.test\nexpect accuracy(mytree on iris.test) >= 0.1\n```\n")
        #expect(a == b)
        let c = try print("```lab\nload iris\nsplit iris test=0.3 seed=0\ntrain tree max_depth=4 seed=0 on iris.train as t\ntrain knn n_neighbors=5 on iris.train as k\nevaluate t, k on iris.test\n```\n")
        #expect(a.hash != c.hash)
        // Order matters where lines depend on each other: splitting before or after relabelling differs.
        let d = try print("```lab\nload iris\nrelabel iris positive=2\nsplit iris test=0.3 seed=0\n```\n")
        let e = try print("```lab\nload iris\nsplit iris test=0.3 seed=0\nrelabel iris positive=2\n```\n")
        #expect(d.hash != e.hash)
    }

    @Test func theReportListsGroupsOfIdenticalPrograms() {
        let same = Similarity.Fingerprint(hash: "abc", directives: 4)
        let other = Similarity.Fingerprint(hash: "def", directives: 4)
        let text = Similarity.report([("bob", same), ("alice", same), ("carol", other)])
        #expect(text.contains("| alice, bob | 4 |"))
        #expect(!text.contains("carol"))
    }
}
