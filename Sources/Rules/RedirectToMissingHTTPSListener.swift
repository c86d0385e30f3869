public import Findings
public import Topology
internal import Localization

/// ALB009 — an HTTP listener redirects to HTTPS on a port where the load balancer has no HTTPS listener.
public struct RedirectToMissingHTTPSListener: Rule {
    public init() {}

    public static let description = FindingKind(
        id: "ALB009",
        name: "redirect-to-missing-https-listener",
        title: "HTTP redirects to an HTTPS port with no HTTPS listener",
        summary: "A listener that redirects to `HTTPS` on port P needs an HTTPS listener on port P of the same load balancer.",
        rationale: """
            The symptom of an unreachable HTTPS node: the access log shows the load balancer's own 301 to https://…:443/ and then \
            nothing from that client. Without a listener on the target port the redirected request cannot \
            connect at all.
            """,
        howToFix: "Add an HTTPS listener on the redirect's port, with a certificate, or fix the redirect's port.",
        documentationURL: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions",
        severity: .error,
        triggeringExamples: [
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork, ExampleTemplate.twoPublicSubnets, ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(),
                """
                  ↓HttpListener:
                    Type: AWS::ElasticLoadBalancingV2::Listener
                    Properties:
                      LoadBalancerArn: !Ref LoadBalancer
                      Port: 80
                      Protocol: HTTP
                      DefaultActions:
                        - Type: redirect
                          RedirectConfig: { Protocol: HTTPS, Port: '443', StatusCode: HTTP_301 }
                """)),
        ],
        nonTriggeringExamples: [
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork, ExampleTemplate.twoPublicSubnets, ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(),
                ExampleTemplate.httpsListener,
                """
                  HttpListener:
                    Type: AWS::ElasticLoadBalancingV2::Listener
                    Properties:
                      LoadBalancerArn: !Ref LoadBalancer
                      Port: 80
                      Protocol: HTTP
                      DefaultActions:
                        - Type: redirect
                          RedirectConfig: { Protocol: HTTPS, Port: '443', StatusCode: HTTP_301 }
                """)),
        ],
        japanese: .alb009
    )

    public func check(_ topology: Topology) -> [Finding] {
        let rule = Self.description
        var findings: [Finding] = []
        for listener in topology.listeners where listener.protocol.value?.uppercased() == "HTTP" {
            guard case .known(let lbID) = listener.loadBalancer, let lb = topology.loadBalancers.first(where: { $0.id == lbID }) else {
                // Its load balancer is imported or unknown: its other listeners cannot be seen.
                let redirects = topology.actions(of: listener).contains { action in
                    guard case .redirect(let redirect) = action else { return false }
                    return redirect.protocol.value.map { $0.uppercased() == "HTTPS" } ?? true
                }
                if redirects {
                    let reason = listener.loadBalancer.unknownReason
                        ?? LocalizedText(Message.loadBalancerNotInModel(loadBalancer: listener.loadBalancer.value?.description ?? "?"))
                    findings.append(rule.unverified(LocalizedText(Message.redirectLandsOnListener(listener: listener.id.name)), because: reason,
                        subject: listener.subject, location: listener.location))
                }
                continue
            }
            let siblings = topology.listeners(of: lb)
            for case .redirect(let redirect) in topology.actions(of: listener) {
                if case .unknown(let reason) = redirect.protocol {
                    findings.append(rule.unverified(LocalizedText(Message.redirectLandsOnListener(listener: listener.id.name)),
                        because: LocalizedText(Message.redirectProtocolUnknown(reason: reason)),
                        subject: listener.subject, location: listener.location))
                    continue
                }
                guard redirect.protocol.value?.uppercased() == "HTTPS" else { continue }
                // Only redirects to this same host can be checked here.
                if let host = redirect.host.value, host != "#{host}" { continue }
                let port: Int
                switch redirect.port {
                case .unknown(let reason):
                    findings.append(rule.unverified(LocalizedText(Message.httpsRedirectLandsOnListener(listener: listener.id.name, port: nil)),
                        because: reason,
                        subject: listener.subject, location: listener.location))
                    continue
                case .known(let text):
                    guard let value = text == "#{port}" ? listener.port.value : Int(text) else { continue }
                    port = value
                }
                let target = siblings.first { $0.port.value == port }
                if let target, target.protocol.value?.uppercased() == "HTTPS" { continue }
                // A listener whose port or protocol is unknown may be the HTTPS one on this port.
                if let unsure = (target.map { [$0] } ?? siblings).first(where: { $0.port.value == nil || $0.protocol.value == nil }),
                   let unknown = unsure.port.unknownReason ?? unsure.protocol.unknownReason {
                    let why: Message = unsure.port.value == nil
                        ? .listenerPortUnknown(listener: unsure.id.name, reason: unknown) : .listenerProtocolUnknown(listener: unsure.id.name, reason: unknown)
                    findings.append(rule.unverified(LocalizedText(Message.httpsRedirectLandsOnListener(listener: listener.id.name, port: port)),
                        because: LocalizedText(why),
                        subject: listener.subject, location: listener.location))
                    continue
                }
                let message = target.map { Message.redirectToPlainListener(listener: listener.id.name, port: port, protocol: $0.protocol.value ?? "?") }
                    ?? .redirectToNoListener(listener: listener.id.name, port: port)
                findings.append(rule.finding(
                    message: LocalizedText(message),
                    subject: listener.subject, related: [lb.subject] + (target.map { [$0.subject] } ?? []),
                    location: listener.location,
                    evidence: Evidence([
                        Evidence.Item(key: "redirect", value: "HTTPS:\(port) (\(redirect.statusCode.value ?? "HTTP_301"))"),
                        Evidence.Item(
                            label: LocalizedText(Message.listenersOf(loadBalancer: lb.displayName)),
                            value: siblings.map { "\($0.protocol.value ?? "?"):\($0.port.value.map(String.init) ?? "?")" }.joined(separator: ", ")),
                    ]),
                    fix: FixText.addHTTPSListener(to: lb, port: port, source: topology.source)))
            }
        }
        return findings
    }
}
