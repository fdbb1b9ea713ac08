// Round 2. A user-defined `+` that appends to its left operand and returns it: `set += host` after the publish
// changes the published set.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.Round2.Operator;

public sealed class HostSet
{
    private readonly List<string> _hosts = new();

    public int Count => _hosts.Count;

    public static HostSet operator +(HostSet set, string host)
    {
        set._hosts.Add(host);
        return set;
    }
}

public static class Registry
{
    public static void Register(Slot<HostSet> slot, string first, string second)
    {
        var set = new HostSet() + first;
        slot.Publish(set);
        set += second; // expect: WEFT0002
    }
}
