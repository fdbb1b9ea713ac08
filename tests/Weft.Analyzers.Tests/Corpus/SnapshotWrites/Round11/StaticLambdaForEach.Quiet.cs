// Quiet twin: the static lambda reads each element into a worker-local dictionary of counts.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.StaticLambdaForEachQuiet;

public sealed class Backend
{
    public int Failures { get; set; }
}

[ThreadLocalSlot]
public sealed partial class Cluster
{
    public List<Backend> Backends { get; init; } = []; // expect: WEFT0001
}

public static class Health
{
    public static Dictionary<Backend, int> Reset()
    {
        var failures = new Dictionary<Backend, int>();
        if (Cluster.TryGetCurrent(out var cluster) && cluster is { Backends.Count: > 0 })
        {
            cluster.Backends.ForEach(b => failures[b] = 0);
        }

        return failures;
    }
}
