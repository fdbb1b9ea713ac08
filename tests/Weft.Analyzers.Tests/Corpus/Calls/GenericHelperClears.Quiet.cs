// The generic helper on the worker's own set; the snapshot is only read.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Calls.Generic;

[ThreadLocalSlot]
public sealed partial class Blocked
{
    public ImmutableHashSet<int> Ports { get; init; } = ImmutableHashSet<int>.Empty;
}

public static class Collections
{
    public static void ResetIfLarge<T>(ICollection<T> items, int max)
    {
        if (items.Count > max)
        {
            items.Clear();
        }
    }
}

public sealed class PortGuard
{
    private readonly HashSet<int> _recent = new();

    public bool Allows(int port)
    {
        _recent.Add(port);
        Collections.ResetIfLarge(_recent, 10_000);
        return !Blocked.Current.Ports.Contains(port);
    }
}
