// TryGetCurrent in a pattern, then a `static` lambda given to List.ForEach over the snapshot's elements: the lambda's
// parameter is each shared element, and it resets it.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.StaticLambdaForEach;

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
    public static void Reset()
    {
        if (Cluster.TryGetCurrent(out var cluster) && cluster is { Backends.Count: > 0 })
        {
            cluster.Backends.ForEach(static b => b.Failures = 0); // expect: WEFT0003
        }
    }
}
