// Quiet twin of InheritedMemberNamed: the base holds an ImmutableHashSet; the worker reads both snapshots and writes a
// list of its own.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus5a.InheritedMemberNamedQuiet;

public abstract class PortsBase
{
    public ImmutableHashSet<int> OpenPorts { get; init; } = ImmutableHashSet<int>.Empty;
}

[ThreadLocalSlot]
public sealed partial class Alpha : PortsBase
{
    public int Count { get; init; }
}

[ThreadLocalSlot]
public sealed partial class Beta
{
    public ImmutableArray<int> Items { get; init; } = ImmutableArray<int>.Empty;
}

public static class Worker
{
    public static int Copy()
    {
        int n = Alpha.Current.Count;
        if (Beta.TryGetCurrent(out var beta))
        {
            var items = beta.Items.ToList();
            items.Add(n);
            return items.Count;
        }

        return 0;
    }
}
