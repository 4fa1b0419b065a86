import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Grading

func sampleGradebook() throws -> Gradebook {
    let good = try grade("```lab\ntrain tree max_depth=3 seed=0 on iris.train\n```\n", student: "alice")
    let bad = try grade("```lab\ntrain tree max_depth=1 seed=0 on iris.train as other\n```\n", student: "bob, \"jr\"")
    return Gradebook(key: try key(irisKey), students: [bad, good])
}

@Suite struct WriterTests {
    @Test func gradescopeResultsValidateAgainstTheSchemaOfDocumentedFields() throws {
        let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Grading/gradescope-results.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
        let book = try sampleGradebook()
        for student in book.students {
            let text = GradescopeWriter.json(student, assignment: book.assignment)
            let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
            #expect(JSONSchemaValidator.validate(value, against: schema).isEmpty, "\(JSONSchemaValidator.validate(value, against: schema))")
            let tests = try #require((value as? [String: Any])?["tests"] as? [[String: Any]])
            #expect(tests.count == 4)
            #expect(tests.map { $0["visibility"] as? String } == ["visible", "visible", "hidden", "after_due_date"])
        }
        let broken: [String: Any] = ["tests": [["name": "x", "score": -1, "max_score": 1, "visibility": "sometimes"]]]
        #expect(JSONSchemaValidator.validate(broken, against: schema).count == 2)
    }

    @Test func canvasCSVHasTheImportHeaderAndThePointsPossibleRow() throws {
        let csv = CanvasWriter.csv(try sampleGradebook())
        let rows = SimpleCSV.rows(csv)
        #expect(rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Lab 1"])
        #expect(rows[1] == ["Points Possible", "", "", "", "", "5"])
        #expect(rows[2][0] == "alice")
        #expect(rows[3][0] == "bob, \"jr\"")
        let roster = try CanvasWriter.roster("submission,Student,ID,SIS User ID,SIS Login ID,Section\nalice,\"Liddell, Alice\",101,S1,alice1,A\n")
        let withRoster = SimpleCSV.rows(CanvasWriter.csv(try sampleGradebook(), roster: roster))
        #expect(withRoster[2] == ["Liddell, Alice", "101", "S1", "alice1", "A", withRoster[2][5]])
    }

    @Test func gradebookCSVHasTheFixedColumnsThenOnePerCheck() throws {
        let book = try sampleGradebook()
        let rows = SimpleCSV.rows(book.csv())
        #expect(Array(rows[0].prefix(4)) == ["student", "score", "max_score", "status"])
        #expect(rows[0].count == 4 + 4)
        #expect(rows[0][5] == "tree accuracy")
        let again = try JSONDecoder.gradebook(book.json())
        #expect(again == book)
    }

    @Test func feedbackShowsVisibleChecksAndCountsHiddenOnes() throws {
        let book = try sampleGradebook()
        let alice = try #require(book.students.first { $0.student == "alice" })
        let text = FeedbackWriter.markdown(alice, assignment: book.assignment)
        #expect(text.contains("| tree accuracy |"))
        #expect(text.contains("Aim for 99%."))
        #expect(!text.contains("f1(tree"))
        #expect(!text.contains("recall(tree"))
        #expect(text.contains("2 further checks are hidden"))
        #expect(FeedbackWriter.markdown(alice, assignment: book.assignment, showAfterDueDate: true).contains("recall(tree"))
    }

    @Test func junitXMLParsesAndCountsFailures() throws {
        let xml = JUnitWriter.xml(try sampleGradebook())
        let parser = XMLParser(data: Data(xml.utf8))
        #expect(parser.parse())
        #expect(xml.contains("<testsuite name=\"alice\""))
        #expect(xml.contains("<testsuite name=\"bob, &quot;jr&quot;\""))
        #expect(xml.contains("<failure message="))
    }

    @Test func mergingShardsJoinsStudentsAndRefusesDuplicates() throws {
        let book = try sampleGradebook()
        var a = book, b = book
        a.students = [book.students[0]]
        b.students = [book.students[1]]
        #expect(try Gradebook.merge([b, a]) == book)
        #expect(throws: GradingError.self) { try Gradebook.merge([a, a]) }
    }
}

extension JSONDecoder {
    static func gradebook(_ data: Data) throws -> Gradebook {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gb-\(UUID().uuidString).json")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try Gradebook.read(url)
    }
}
