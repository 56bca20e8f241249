/// A stable identifier for a kind of error, printed as `error[E202]:` and listed in REPL.md.
///
/// Codes never change meaning and are never reused; a new kind of error gets a new code. Errors
/// that no more specific code describes carry their family's general code (E100, E200).
public enum ErrorCode: String, CaseIterable, Sendable, Hashable {
    // Reading the input.
    case syntax = "E100"
    case unterminatedBlock = "E101"
    case unknownCommand = "E102"
    case notAYear = "E103"
    case ambiguousNumber = "E104"
    case unquotedPath = "E105"
    // Names.
    case invalidInput = "E200"
    case unknownScenario = "E201"
    case unknownProgramme = "E202"
    case unknownIndicator = "E203"
    case unknownParameter = "E204"
    case unknownPolicy = "E205"
    case unknownVariable = "E206"
    case unknownTopic = "E207"
    // Values, units and money.
    case sharesDoNotAddUp = "E301"
    case allocationDoesNotFit = "E302"
    case pillarOverdrawn = "E303"
    case shiftTooLarge = "E304"
    case wrongUnit = "E305"
    case outOfRange = "E306"
    case notPositive = "E307"
    // Scenarios and inheritance.
    case inheritanceLoop = "E401"
    case missingParent = "E402"
    case missingSetting = "E403"
    case settingTwice = "E404"
    // Scripts.
    case assertionFailed = "E501"
    case loopTooLong = "E502"
    case tooLarge = "E504"
    case includeCycle = "E503"
    case overBudget = "E505"
    // Files and the session.
    case missingFile = "E601"
    case io = "E602"
    case outsideFolder = "E603"
    case interrupted = "E900"
    case `internal` = "E999"

    /// What the code means, for the table in REPL.md.
    public var summary: String {
        switch self {
        case .syntax: "the input cannot be read (a word, symbol or value where another was expected)"
        case .unterminatedBlock: "a block (scenario, allocate, for, if) is not closed with 'end'"
        case .unknownCommand: "a line starts with a word that is not a command"
        case .notAYear: "a year is not a four-digit year"
        case .ambiguousNumber: "'1.500 tỷ': a point followed by three digits before a Vietnamese scale"
        case .unquotedPath: "a file name without double quotes"
        case .invalidInput: "the input means something invalid (no more specific code applies)"
        case .unknownScenario: "no scenario has this name"
        case .unknownProgramme: "no programme or pillar has this name"
        case .unknownIndicator: "no indicator has this name"
        case .unknownParameter: "the model has no parameter of this name"
        case .unknownPolicy: "the model has no policy of this name"
        case .unknownVariable: "a script variable is used before 'let' defines it"
        case .unknownTopic: "'help' has no topic of this name"
        case .sharesDoNotAddUp: "the shares of a scenario (or of a year) do not add up to 100%"
        case .allocationDoesNotFit: "amounts in an allocation come to more or less than the envelope"
        case .pillarOverdrawn: "the programmes named beside a pillar take more than the pillar has"
        case .shiftTooLarge: "a shift moves more than a programme has"
        case .wrongUnit: "a value of the wrong kind: a number for a percentage, money plus a percentage, …"
        case .outOfRange: "a year or value outside what the scenario or model allows"
        case .notPositive: "a budget that is not more than 0, or a negative share or amount"
        case .inheritanceLoop: "scenarios inherit from each other in a loop"
        case .missingParent: "a scenario inherits from one that is not defined"
        case .missingSetting: "a scenario (with what it inherits) has no horizon, budget or allocation"
        case .settingTwice: "a setting, programme or pillar is given twice in one scenario or block"
        case .assertionFailed: "an 'assert' condition does not hold"
        case .loopTooLong: "a 'for' loop would run more than 10,000 times, or its step goes the wrong way"
        case .tooLarge: "blocks, parentheses or signs nested too deeply, or a text too long"
        case .outsideFolder: "a script file tries to write outside its own folder (allow it with --allow-write DIR)"
        case .includeCycle: "a file includes itself"
        case .overBudget: "a script made more model runs (--max-runs) or loop steps than one command may"
        case .missingFile: "a file to run, load or include does not exist"
        case .io: "a file cannot be read or written"
        case .interrupted: "Ctrl-C"
        case .internal: "a bug in dxplan; please report it"
        }
    }
}
