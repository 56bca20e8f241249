import DXLanguage
import DXSource

/// Process exit codes, following BSD sysexits where one fits.
package enum ExitStatus: Int32, Sendable {
    case success = 0
    case usage = 64
    case dataError = 65
    case noInput = 66
    case software = 70
    case ioError = 74
    case interrupted = 130

    /// The exit code for a failure of this kind.
    package init(_ category: DiagnosticCategory) {
        switch category {
        case .syntax, .semantic: self = .dataError
        case .missingInput: self = .noInput
        case .io: self = .ioError
        case .interrupted: self = .interrupted
        case .internal: self = .software
        }
    }
}
