// The list placed inside the published object is still held by the builder, which keeps filling it.
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
        slot.Publish(pool);
        list.Sort(); // expect: WEFT0002
    }
}
