import DXSource

/// The words of the language, shared by the parser, the help text and tab completion.
public enum Grammar {
    /// Commands that can start a statement.
    public static let commands = [
        "run", "show", "diff", "targets", "explain", "assumptions", "calibrate", "export", "list", "save", "load", "help", "quit",
        "exit",
    ]
    /// Every word that can start a statement.
    public static let statementStarters = ["scenario"] + commands
    /// Words that start a line inside `scenario … end`.
    public static let scenarioSettings = [
        "horizon", "budget", "allocate", "shift", "normalize", "target", "assume", "policy", "end",
    ]
    /// What `list` can list.
    public static let listTopics = ["scenarios", "programmes", "indicators"]
    /// Words that cannot name a scenario.
    public static let reserved: Set<String> = Set(statementStarters + scenarioSettings + [
        "from", "to", "per", "year", "growing", "by", "in", "on", "off",
    ])
    /// Currency words accepted after a money scale.
    public static let currencies: Set<String> = ["VND", "vnd", "VNĐ", "vnđ", "đồng", "dong", "đ"]
}
