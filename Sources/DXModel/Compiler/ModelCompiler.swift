import DXSource

/// Compiles a parsed model: checks names, arities, units and loops, turns stateful functions
/// into hidden stocks, orders the equations and emits flat instruction arrays.
public struct ModelCompiler {
    private let file: ModelFile
    private var diagnostics: [Diagnostic] = []
    private var declarations: [VariableDecl] = []
    private var byName: [String: VariableDecl] = [:]

    public static func compile(_ file: ModelFile) -> Result<CompiledModel, CompileErrors> {
        var compiler = ModelCompiler(file: file)
        return compiler.run()
    }

    /// Parses and compiles model text.
    public static func compile(_ source: SourceFile) -> Result<CompiledModel, CompileErrors> {
        let (file, problems) = ModelParser.parse(source)
        if !problems.isEmpty { return .failure(CompileErrors(diagnostics: problems)) }
        return compile(file)
    }

    private init(file: ModelFile) {
        self.file = file
    }

    private mutating func error(_ message: String, _ range: SourceRange, notes: [Diagnostic] = []) {
        diagnostics.append(.error(.semantic, message, in: file.source, at: range, notes: notes))
    }

    private mutating func run() -> Result<CompiledModel, CompileErrors> {
        for declaration in file.declarations {
            if let earlier = byName[declaration.name.text] {
                error(
                    "'\(declaration.name.text)' is declared twice", declaration.name.range,
                    notes: [.note("first declared here", in: file.source, at: earlier.name.range)])
                continue
            }
            byName[declaration.name.text] = declaration
            declarations.append(declaration)
        }
        for declaration in declarations { checkReferences(declaration) }
        if !diagnostics.isEmpty { return .failure(CompileErrors(diagnostics: diagnostics)) }

        checkUnitWords()
        if !diagnostics.isEmpty { return .failure(CompileErrors(diagnostics: diagnostics)) }

        var units = UnitChecker(declarations: byName, source: file.source)
        for declaration in declarations { units.check(declaration) }
        if !units.diagnostics.isEmpty { return .failure(CompileErrors(diagnostics: units.diagnostics)) }

        var lowering = StatefulLowering(declarations: byName, source: file.source)
        let lowered = declarations.map { lowering.lower($0) } + lowering.hidden
        let written = Dictionary(
            uniqueKeysWithValues: declarations.compactMap { declaration in
                declaration.equation.map { (declaration.name.text, $0) }
            })
        var generator = CodeGenerator(
            declarations: lowered, source: file.source, title: file.title, written: written, pipelines: lowering.pipelines)
        switch generator.generate() {
        case .success(let model): return .success(model)
        case .failure(let problems): return .failure(problems)
        }
    }

    // MARK: - Names

    /// A unit word that only one declaration uses and that is close to a word others use is almost
    /// surely a typo (`1/yaer`). Reported at that declaration, before the unit check would report
    /// its consequences in every equation that uses it.
    private mutating func checkUnitWords() {
        var users: [String: [VariableDecl]] = [:]
        for declaration in declarations {
            for word in declaration.unit.exponents.keys { users[word, default: []].append(declaration) }
        }
        let common = users.filter { $0.value.count >= 2 }.map(\.key)
        let lonely = users.filter { $0.value.count == 1 && $0.key.count >= 3 }.map { ($0.key, $0.value[0]) }
        for (word, declaration) in lonely.sorted(by: { $0.1.name.range.start.offset < $1.1.name.range.start.offset }) {
            guard let intended = Suggestion.closest(to: word, in: common) else { continue }
            error(
                "unit '\(word)' of '\(declaration.name.text)' appears nowhere else in the model; did you mean '\(intended)'?",
                declaration.unitRange ?? declaration.name.range)
        }
    }

    private mutating func checkReferences(_ declaration: VariableDecl) {
        if declaration.kind == .param, declaration.provenance == nil {
            error(
                "parameter '\(declaration.name.text)' needs a source or an assumption label: add an indented line "
                    + "'source \"…\"' or 'assumption \"…\"' under it", declaration.name.range)
        }
        if declaration.kind == .param, case .number(let value, _, let range)? = declaration.equation,
            let uncertainty = declaration.uncertainty, !uncertainty.contains(value)
        {
            error(
                "parameter '\(declaration.name.text)' is \(NumberText.plain(value)), outside its own range "
                    + "\(NumberText.plain(uncertainty.lowerBound)) to \(NumberText.plain(uncertainty.upperBound))", range)
        }
        if declaration.kind == .param, case .number(let value, _, let range)? = declaration.equation {
            let validity = declaration.validity ?? Validity.implied(by: declaration.uncertainty)
            if !validity.contains(value) {
                error("parameter '\(declaration.name.text)' is \(NumberText.plain(value)); it must be \(validity.description)", range)
            }
            if let uncertainty = declaration.uncertainty,
                !validity.contains(uncertainty.lowerBound) || !validity.contains(uncertainty.upperBound)
            {
                error(
                    "the range of '\(declaration.name.text)' reaches values it cannot take; it must be \(validity.description)",
                    declaration.name.range)
            }
        }
        if declaration.kind == .param, let equation = declaration.equation {
            for reference in equation.references {
                if let target = byName[reference.text], target.kind != .param {
                    error(
                        "parameter '\(declaration.name.text)' can only use other parameters; "
                            + "'\(reference.text)' is \(article(target.kind)) \(target.kind.rawValue)", reference.range)
                }
            }
        }
        if let equation = declaration.equation { checkExpression(equation) }
        for flow in declaration.inflows + declaration.outflows {
            guard let target = byName[flow.text] else {
                error("unknown flow '\(flow.text)'" + Suggestion.didYouMean(flow.text, in: names(of: .flow)), flow.range)
                continue
            }
            if target.kind != .flow {
                error("'\(flow.text)' is \(article(target.kind)) \(target.kind.rawValue), not a flow", flow.range)
            }
        }
        if declaration.kind == .flow,
            !declarations.contains(where: { stock in
                (stock.inflows + stock.outflows).contains { $0.text == declaration.name.text }
            })
        {
            // An error, not a warning: the model is not run with a flow that changes nothing.
            error("flow '\(declaration.name.text)' fills or drains no stock; declare it an aux, or list it under a stock", declaration.name.range)
        }
    }

    private func names(of kind: VariableKind? = nil) -> [String] {
        declarations.filter { kind == nil || $0.kind == kind }.map(\.name.text)
    }

    private func article(_ kind: VariableKind) -> String {
        [.aux, .input].contains(kind) ? "an" : "a"
    }

    private mutating func checkExpression(_ expression: Expression) {
        switch expression {
        case .number: break
        case .variable(let name):
            if let target = byName[name.text] {
                if target.kind == .lookup {
                    error("'\(name.text)' is a lookup: call it with a value, as in \(name.text)(x)", name.range)
                }
            } else if Builtins.arity[name.text.uppercased()] != nil {
                error("'\(name.text)' is a function: call it with its arguments", name.range)
            } else {
                error("unknown variable '\(name.text)'" + Suggestion.didYouMean(name.text, in: names()), name.range)
            }
        case .unary(_, let operand, _):
            checkExpression(operand)
        case .binary(_, let lhs, let rhs, _):
            checkExpression(lhs)
            checkExpression(rhs)
        case .conditional(let condition, let then, let otherwise, _):
            checkExpression(condition)
            checkExpression(then)
            checkExpression(otherwise)
        case .call(let name, let arguments):
            for argument in arguments { checkExpression(argument) }
            if let lookup = byName[name.text], lookup.kind == .lookup {
                if arguments.count != 1 { error("lookup '\(name.text)' takes one argument", name.range) }
                return
            }
            guard let arity = Builtins.arity[name.text.uppercased()] else {
                let candidates = Builtins.names + names(of: .lookup)
                error("unknown function '\(name.text)'" + Suggestion.didYouMean(name.text.uppercased(), in: candidates), name.range)
                return
            }
            if !arity.contains(arguments.count) {
                let expected = arity.lowerBound == arity.upperBound ? "\(arity.lowerBound)" : "\(arity.lowerBound) to \(arity.upperBound)"
                error("\(name.text.uppercased()) takes \(expected) argument\(arity.upperBound == 1 ? "" : "s"), not \(arguments.count)", name.range)
            }
        }
    }
}

/// Everything that stopped a model from compiling, in source order.
public struct CompileErrors: Error, Sendable {
    public let diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
