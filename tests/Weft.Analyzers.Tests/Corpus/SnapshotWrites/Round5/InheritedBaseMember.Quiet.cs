// Quiet twin of InheritedBaseMember: the base class holds an immutable array; a worker reads it through the derived
// instance and a base-typed local and builds its own list from it.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.InheritedBaseMemberQuiet;

public abstract class TableBase
{
    public ImmutableArray<int> Ports { get; init; } = ImmutableArray<int>.Empty;

    public List<int> CopyPorts() => new(Ports);
}

[ThreadLocalSlot]
public sealed partial class Listeners : TableBase
{
    public string Name { get; init; } = "";
}

public static class Worker
{
    public static int Open(int port)
    {
        var mine = Listeners.Current.CopyPorts();
        mine.Add(port);
        TableBase table = Listeners.Current;
        mine.Remove(table.Ports.Length);
        return mine.Count;
    }
}
