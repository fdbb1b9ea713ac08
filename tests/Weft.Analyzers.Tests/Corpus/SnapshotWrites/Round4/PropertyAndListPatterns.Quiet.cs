// Quiet twin of PropertyAndListPatterns: the same patterns and writes, on a per-worker slot (SlotMode.PerWorker):
// each worker's Current is its own instance, built on that worker, so writing it there is the point (WEFT0003 is
// about snapshots; WEFT0001 does not apply to per-worker types).
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.PropertyAndListPatternsQuiet;

public sealed class Upstream
{
    public string Host { get; set; } = "";
    public int Failures { get; set; }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class UpstreamHealth
{
    public List<Upstream> Members { get; init; } = new();
    public Upstream? Preferred { get; init; }
}

public static class ConnectFailures
{
    public static void OnConnectFailed(string host)
    {
        if (UpstreamHealth.Current is { Preferred: { } preferred } && preferred.Host == host)
        {
            preferred.Failures++;
        }

        if (UpstreamHealth.Current.Members is [var first, .., var last])
        {
            first.Failures = 0;
            last.Host = host;
        }

        switch (UpstreamHealth.Current)
        {
            case { Members.Count: > 8, Members: var many }:
                many.RemoveAt(0);
                break;
        }
    }
}
