// Quiet twin of BuilderHeldInSnapshot: the snapshot holds the built immutable collections; a worker starts its own
// builder from them (ToBuilder) and writes that.
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.BuilderHeldInSnapshotQuiet;

[ThreadLocalSlot]
public sealed partial class Registry
{
    public ImmutableArray<string> Names { get; init; } = ImmutableArray<string>.Empty;
    public ImmutableDictionary<string, int> Ids { get; init; } = ImmutableDictionary<string, int>.Empty;
}

public static class Worker
{
    public static int Register(string name)
    {
        var names = Registry.Current.Names.ToBuilder();
        names.Add(name);
        var ids = Registry.Current.Ids.ToBuilder();
        ids[name] = ids.Count;
        return names.Count + ids.Count;
    }
}
