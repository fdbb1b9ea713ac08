// A canary handler derives a per-request route spec from the snapshot with a record `with` copy that replaces the
// hosts by a new list, then adds the canary host to that new list (quiet twin of WithCopyKeepsHosts; the slot type's
// WEFT0001 stays).
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
        var spec = Routes.Current.Default with { Name = "canary", Hosts = new List<string>(Routes.Current.Default.Hosts) };
        spec.Hosts.Add(canaryHost);
        return spec;
    }
}
