using System.Collections.Immutable;
using System.Net;

namespace EdgeProxy;

/// <summary>An immutable cluster: built on main, published by reference to every worker.</summary>
internal sealed record ClusterSnapshot(string Name, ImmutableArray<IPEndPoint> Endpoints);

/// <summary>Per-worker state: owned and touched by one worker only, so plain fields need no synchronisation.</summary>
internal sealed class WorkerState
{
    public int NextEndpoint;
    public long ConnectionsTotal;
    public long ConnectionsActive;
    public long BytesDownstreamToUpstream;
    public long BytesUpstreamToDownstream;
    public long ConnectFailures;
}

/// <summary>Counters merged from every worker on main.</summary>
internal readonly record struct ProxyStats(long ConnectionsTotal, long ConnectionsActive, long BytesDownstreamToUpstream, long BytesUpstreamToDownstream, long ConnectFailures)
{
    public override string ToString() =>
        $"connections_total={ConnectionsTotal} connections_active={ConnectionsActive} bytes_rx={BytesDownstreamToUpstream} bytes_tx={BytesUpstreamToDownstream} connect_failures={ConnectFailures}";
}
