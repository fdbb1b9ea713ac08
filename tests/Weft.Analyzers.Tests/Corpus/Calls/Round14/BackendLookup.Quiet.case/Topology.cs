// Quiet twin of BackendLookup.case: the query helper hands back a copy of the cluster's backend list
// (TopologyQueries.cs), so the balancer's ejection removes from its own list. The snapshot's dictionary of lists is
// WEFT0001 in both twins.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.R14.BackendLookupQuiet;

[ThreadLocalSlot]
public sealed partial class Topology
{
    public required Dictionary<string, List<string>> Clusters { get; init; } // expect: WEFT0001
    public long Revision { get; init; }

    public static Task PublishFromAsync(WorkerPool pool, IEnumerable<(string Cluster, string Backend)> rows, long revision)
    {
        var clusters = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (cluster, backend) in rows)
        {
            if (!clusters.TryGetValue(cluster, out var list))
            {
                clusters[cluster] = list = new List<string>();
            }

            list.Add(backend);
        }

        return PublishAsync(pool, new Topology { Clusters = clusters, Revision = revision });
    }
}
