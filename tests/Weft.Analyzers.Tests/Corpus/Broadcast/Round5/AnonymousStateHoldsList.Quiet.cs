// Quiet twin of AnonymousStateHoldsList: the anonymous object carries a string and an ImmutableArray.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus5b.AnonymousStateHoldsListQuiet;

public sealed class Pools
{
    public readonly Dictionary<string, int> Sizes = new();
}

public static class Admin
{
    public static Task Resize(Slot<Pools> slot, string name, IEnumerable<string> members)
    {
        var change = new { Name = name, Members = members.ToImmutableArray() };
        return slot.RunOnAllThreadsAsync((pools, c) => pools.Sizes[c.Name] = c.Members.Length, change);
    }
}
