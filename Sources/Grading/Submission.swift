import Foundation

/// One student's work as handed in: a notebook file, or a folder with a notebook and its data.
public struct Submission: Sendable, Equatable {
    /// The student's name in the gradebook: the file name without `.md`, or the folder name.
    public var student: String
    /// Where it is.
    public var url: URL
    public var isFolder: Bool

    public init(student: String, url: URL, isFolder: Bool) {
        self.student = student
        self.url = url
        self.isFolder = isFolder
    }

    /// The submissions named on the command line: files as given; folders that hold
    /// notebooks at their top level are one submission each when they also hold other
    /// folders or data, else each `.md` inside is one. Sorted by student, names unique.
    public static func discover(_ paths: [URL]) throws -> [Submission] {
        var found: [Submission] = []
        let fm = FileManager.default
        for url in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw GradingError.usage("no such submission: \(url.path)")
            }
            if !isDirectory.boolValue {
                found.append(Submission(student: url.deletingPathExtension().lastPathComponent, url: url, isFolder: false))
            } else {
                found.append(Submission(student: url.lastPathComponent, url: url, isFolder: true))
            }
        }
        var seen = Set<String>()
        for submission in found where !seen.insert(submission.student).inserted {
            throw GradingError.usage("two submissions are both named '\(submission.student)'; student names come from file and folder names and must be unique")
        }
        return found.sorted { $0.student < $1.student }
    }
}
