// WEFT0003: the snapshot type's own accessors hand out its internals: a read-only-looking indexer `this[string zone]`
// that returns an inner List<T>, and an `override` of a base class's virtual IReadOnlyList<T> property that returns a
// List<T>, cast back by the caller. Reading: WEFT0001 is expected on the fields that hold the state; the computed
// indexer and override (no storage of their own) are not expected to be reported a second time.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.UserAccessorsReturnInternals;

public abstract class NamedBase
{
    public virtual IReadOnlyList<string> Names => new List<string>();
}

[ThreadLocalSlot]
public sealed partial class Zones : NamedBase
{
    private readonly Dictionary<string, List<int>> _byZone = new(); // expect: WEFT0001
    private readonly List<string> _names = new(); // expect: WEFT0001

    public List<int> this[string zone] => _byZone[zone];
    public override IReadOnlyList<string> Names => _names;
}

public static class Worker
{
    public static void Assign(string zone, int id)
    {
        Zones.Current[zone].Add(id); // expect: WEFT0003
        NamedBase named = Zones.Current;
        ((List<string>)named.Names).Add(zone); // expect: WEFT0003
    }
}
