// WEFT0007: the [Published] state of RunOnAllThreadsAsync<TState> is an anonymous object whose member is a List<string>;
// anonymous types are read-only, but the list they carry is one mutable object reaching every thread.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus5b.AnonymousStateHoldsList;

public sealed class Pools
{
    public readonly Dictionary<string, int> Sizes = new();
}

public static class Admin
{
    public static Task Resize(Slot<Pools> slot, string name, IEnumerable<string> members)
    {
        var change = new { Name = name, Members = members.ToList() };
        return slot.RunOnAllThreadsAsync((pools, c) => pools.Sizes[c.Name] = c.Members.Count, change); // expect: WEFT0007
    }
}
