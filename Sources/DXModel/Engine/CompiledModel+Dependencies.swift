extension CompiledModel {
    /// What a variable rests on: the equations reachable from it, nearest first (breadth first,
    /// through equations and a stock's flows), at most `limit` of them, and the parameters and
    /// inputs they end in (sorted by name); `truncated` when more equations were left out.
    public func dependencies(of name: String, limit: Int) -> (equations: [ModelVariable], leaves: [ModelVariable], truncated: Bool) {
        var queue = [name]
        var seen: Set<String> = [name]
        var equations: [ModelVariable] = []
        var leaves: [ModelVariable] = []
        var truncated = false
        while !queue.isEmpty {
            let next = queue.removeFirst()
            guard let variable = variable(next) else { continue }
            if variable.kind == .param || variable.kind == .input {
                leaves.append(variable)
                continue
            }
            if equations.count >= limit {
                truncated = true
                continue
            }
            equations.append(variable)
            let references = (variable.writtenEquation?.references.map(\.text) ?? []) + variable.inflows + variable.outflows
            for reference in references where !seen.contains(reference) {
                seen.insert(reference)
                queue.append(reference)
            }
        }
        return (equations, leaves.sorted { $0.name < $1.name }, truncated)
    }
}
