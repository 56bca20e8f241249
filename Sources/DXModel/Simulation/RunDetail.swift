/// How much of a run a simulation keeps (`DeclaredModel.simulate`).
public enum RunDetail: Sendable, Equatable {
    /// Every variable at every step: what `explain` shows, and a trajectory to inspect.
    case everyStep
    /// Every variable at the ends of years only: all the indicators need, and what the analysis
    /// commands ask for (thousands of runs, each copying far less).
    case yearEnds
}
