/// "1 stack", "2 stacks": a count with its noun, for the lines that say what was checked.
func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
