// Quiet twin of UserAccessorsReturnInternals: the indexer and the override return immutable data; the worker copies
// before writing.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus5a.UserAccessorsReturnInternalsQuiet;

public abstract class NamedBase
{
    public virtual ImmutableArray<string> Names => ImmutableArray<string>.Empty;
}

[ThreadLocalSlot]
public sealed partial class Zones : NamedBase
{
    private readonly ImmutableDictionary<string, ImmutableArray<int>> _byZone = ImmutableDictionary<string, ImmutableArray<int>>.Empty;
    private readonly ImmutableArray<string> _names = ImmutableArray<string>.Empty;

    public ImmutableArray<int> this[string zone] => _byZone[zone];
    public override ImmutableArray<string> Names => _names;
}

public static class Worker
{
    public static int Assign(string zone, int id)
    {
        var ids = Zones.Current[zone].ToList();
        ids.Add(id);
        NamedBase named = Zones.Current;
        var names = named.Names.ToList();
        names.Add(zone);
        return ids.Count + names.Count;
    }
}
