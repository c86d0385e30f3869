import CloudFormation
import Findings
import Rules

/// A rule example with its `↓` markers taken out and remembered as locations.
struct MarkedExample {
    var stacks: [StackSource]
    var markers: Set<Location>

    init(_ example: RuleExample) {
        var stacks: [StackSource] = []
        var markers: Set<Location> = []
        for stack in example.stacks {
            let file = "\(stack.name).yaml"
            var text = ""
            var line = 1
            var column = 1
            for scalar in stack.template.unicodeScalars {
                if Character(scalar) == RuleExample.marker {
                    markers.insert(Location(file: file, line: line, column: column))
                    continue
                }
                text.unicodeScalars.append(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            stacks.append(StackSource(name: stack.name, file: file, text: text))
        }
        self.stacks = stacks
        self.markers = markers
    }

    /// Runs every rule over the example's deployment.
    func findings(parameters: [String]) throws -> [Finding] {
        RuleRegistry.check(try Deployment(stacks: stacks, parameters: parameters).topology())
    }
}
