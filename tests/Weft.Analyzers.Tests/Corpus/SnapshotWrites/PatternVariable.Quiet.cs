// Property patterns that only read the snapshot.
using System.Collections.Immutable;
using Weft;

namespace Corpus.SnapshotWrites.Pattern;

[ThreadLocalSlot]
public sealed partial class Pool
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Fallback
{
    public static ImmutableArray<string> EnsureOne()
    {
        if (Pool.Current is { Hosts: var hosts } && hosts.IsDefaultOrEmpty)
        {
            return ImmutableArray.Create("127.0.0.1");
        }

        return Pool.Current.Hosts;
    }
}
