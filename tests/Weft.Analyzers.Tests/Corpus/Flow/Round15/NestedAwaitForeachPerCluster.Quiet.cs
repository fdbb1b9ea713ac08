// Round 15, WEFT0002 quiet twin: each pass of the outer loop starts its own list (a collection expression), so the inner
// `await foreach` fills a list no earlier pass published.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Round15.NestedAwaitForeachPerClusterQuiet;

public sealed record ClusterProbe(string Name, Slot<List<string>> Healthy, IAsyncEnumerable<(string Host, bool Up)> Results);

public static class HealthSweep
{
    public static async Task SweepAsync(IReadOnlyList<ClusterProbe> clusters, CancellationToken ct)
    {
        foreach (var cluster in clusters)
        {
            List<string> healthy = [];
            await foreach (var (host, up) in cluster.Results.WithCancellation(ct))
            {
                if (up)
                {
                    healthy.Add(host);
                }
            }

            cluster.Healthy.Publish(healthy);
        }
    }
}
