// Twin: the shuffle is over a copy.
using System;
using Weft;

namespace Corpus.SnapshotWrites.R8.ShuffleSnapshotBackendsQuiet;

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
        var backends = (string[])Upstreams.Current.Backends.Clone();
        Random.Shared.Shuffle(backends);
        return backends.Length > 0 ? backends[0] : "";
    }
}
