import Crypto
import Foundation
import LabRuntime
import LabScript
import Notebook

/// Finds submissions whose programs are the same up to renaming and reordering
/// of independent lines: each directive is hashed with the names it reads
/// replaced by the hashes of the directives that defined them (a Merkle hash of
/// the directive graph), and a program's hash is that of its sorted directive
/// hashes. `expect` lines are left out (the key's checks score, not the student's).
public enum Similarity {
    /// A program's canonical hash and its number of directives.
    public struct Fingerprint: Sendable, Equatable, Codable {
        public var hash: String
        public var directives: Int
    }

    /// The fingerprint of a parsed notebook.
    public static func fingerprint(_ notebook: ParsedNotebook) -> Fingerprint {
        var directives: [Directive] = []
        for block in notebook.blocks {
            let lines = block.code.map { SourceLine(text: $0.text, line: $0.line, column: $0.column) }
            directives += Parser.parse(lines, file: notebook.path).directives.filter { $0.verb.value != "expect" }
        }
        let resolved = Checker(specs: DirectiveRegistry.specs).analyze(directives).directives
        var definitions: [String: String] = [:]
        var hashes: [String] = []
        for item in resolved {
            let directive = item.directive
            func canonical(_ value: Value) -> String {
                switch value {
                case .identifier(let name): return definitions[name].map { "@" + $0 } ?? name
                case .dotted(let parts):
                    guard let first = parts.first, let hash = definitions[first] else { return value.description }
                    return (["@" + hash] + parts.dropFirst()).joined(separator: ".")
                case .list(let values): return "[" + values.map(canonical).joined(separator: ",") + "]"
                default: return value.description
                }
            }
            var parts = [directive.verb.value]
            for group in directive.groups { parts.append(group.value.map { canonical($0.value) }.joined(separator: ",")) }
            for clause in directive.clauses {
                parts.append(clause.keyword.value + " " + clause.values.value.map { canonical($0.value) }.joined(separator: ","))
            }
            parts += directive.options.map { "\($0.key.value)=" + $0.values.map { canonical($0.value) }.joined(separator: ",") }
                .sorted()
            let hash = sha256(parts.joined(separator: "\u{1}"))
            hashes.append(hash)
            // Its binding and any in-place change (relabel, split, scale) now stand for this directive.
            for name in item.writes { definitions[name.name] = hash }
            if item.writes.isEmpty, let binding = item.binding?.value { definitions[binding] = hash }
        }
        return Fingerprint(hash: sha256(hashes.sorted().joined(separator: "\n")), directives: hashes.count)
    }

    /// Markdown listing groups of two or more students with the same program.
    public static func report(_ fingerprints: [(student: String, fingerprint: Fingerprint)]) -> String {
        var groups: [String: [String]] = [:]
        var sizes: [String: Int] = [:]
        for (student, print) in fingerprints where print.directives > 0 {
            groups[print.hash, default: []].append(student)
            sizes[print.hash] = print.directives
        }
        let shared = groups.filter { $0.value.count > 1 }.map { ($0.key, $0.value.sorted()) }.sorted { $0.1[0] < $1.1[0] }
        var out = "# Similar submissions\n\n"
        out += "Programs identical up to renaming and reordering of independent lines (a canonical hash of the directive graph; own `expect` lines left out). For the teacher to look at: short programs copied from the handout match by nature.\n\n"
        if shared.isEmpty { return out + "No two submissions have the same program.\n" }
        out += "| students | directives | program hash |\n| --- | ---: | --- |\n"
        for (hash, students) in shared {
            out += "| \(students.joined(separator: ", ")) | \(sizes[hash] ?? 0) | `\(hash.prefix(16))` |\n"
        }
        return out
    }

    static func sha256(_ text: String) -> String {
        Staging.hex(SHA256.hash(data: Data(text.utf8)))
    }
}
