/// "1 stack", "2 stacks", "2 addresses": a count with its noun, for the lines that say what was checked.
public func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
}
