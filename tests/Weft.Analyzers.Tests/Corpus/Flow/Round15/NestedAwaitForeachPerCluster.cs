// Round 15, WEFT0002, order by flow with an await inside an inner loop: a health sweep fills the healthy hosts of each
// cluster from an `await foreach` over its probe results and publishes them per cluster. The defect: the list is made
// once, above the outer loop, and cleared at the top of every pass, so from the second cluster on the Clear (and the
// Adds) write a list an earlier pass published.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Round15.NestedAwaitForeachPerCluster;

public sealed record ClusterProbe(string Name, Slot<List<string>> Healthy, IAsyncEnumerable<(string Host, bool Up)> Results);

public static class HealthSweep
{
    public static async Task SweepAsync(IReadOnlyList<ClusterProbe> clusters, CancellationToken ct)
    {
        var healthy = new List<string>();
        foreach (var cluster in clusters)
        {
            healthy.Clear(); // expect: WEFT0002
            await foreach (var (host, up) in cluster.Results.WithCancellation(ct))
            {
                if (up)
                {
                    healthy.Add(host); // expect: WEFT0002
                }
            }

            cluster.Healthy.Publish(healthy);
        }
    }
}
