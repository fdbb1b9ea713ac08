// WEFT0003: Random.Shared.Shuffle on the snapshot's backend array (an in-place BCL mutator).
using System;
using Weft;

namespace Corpus.SnapshotWrites.R8.ShuffleSnapshotBackends;

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class Upstreams
{
    public string[] Backends { get; init; } = [];
}
#pragma warning restore WEFT0001

public static class Balancer
{
    public static string First()
    {
        var backends = Upstreams.Current.Backends;
        Random.Shared.Shuffle(backends); // expect: WEFT0003
        return backends.Length > 0 ? backends[0] : "";
    }
}
