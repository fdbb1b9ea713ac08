// A canary handler derives a per-request route spec from the snapshot with a record `with` copy and adds the canary
// host to it: the copy's Hosts is still the snapshot's list (WEFT0003). The snapshot holds a record with a List, so
// the slot type is also not deeply immutable (WEFT0001, in both twins).
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R16.WithCopyKeepsHosts;

public sealed record RouteSpec(string Name, List<string> Hosts);

[ThreadLocalSlot]
public sealed partial class Routes
{
    public RouteSpec Default { get; init; } = new("default", new List<string>()); // expect: WEFT0001
}

public static class CanaryHandler
{
    public static RouteSpec ForRequest(string canaryHost, bool isCanary)
    {
        if (!isCanary)
            return Routes.Current.Default;
        var spec = Routes.Current.Default with { Name = "canary" };
        spec.Hosts.Add(canaryHost); // expect: WEFT0003
        return spec;
    }
}
