// A project of three files: the topology snapshot published to every worker (this file), a query helper that looks up
// a cluster's backends (TopologyQueries.cs), and the worker's load balancer that ejects failing backends
// (Balancer.cs). The helper hands back the snapshot's own list; the balancer removes an ejected backend from what it
// got. The page (WEFT0003) follows data through locals and helpers of yours; the write is in Balancer.cs, so the
// report is taken to sit there, its message naming the snapshot type. The snapshot's dictionary of lists is
// WEFT0001 in both twins.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.R14.BackendLookupDefect;

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
