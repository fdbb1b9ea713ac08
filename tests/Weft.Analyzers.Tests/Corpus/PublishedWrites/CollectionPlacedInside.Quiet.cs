// The list is sorted before the object is published.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.Inside;

public sealed class Pool
{
    public Pool(string name, List<string> members)
    {
        Name = name;
        Members = members;
    }

    public string Name { get; }
    public List<string> Members { get; }
}

public sealed class PoolBuilder(Slot<Pool> slot)
{
    public void Build(string name, IEnumerable<string> members)
    {
        var list = new List<string>();
        var pool = new Pool(name, list);
        list.AddRange(members);
        list.Sort();
        slot.Publish(pool);
    }
}
