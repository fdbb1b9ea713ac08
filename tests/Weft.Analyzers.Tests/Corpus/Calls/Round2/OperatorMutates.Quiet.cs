// Round 2. The `+` operator builds a new set: `set += host` after the publish leaves the published one alone.
using System.Collections.Immutable;
using Weft.Slots;

namespace Corpus.Calls.Round2.Operator;

public sealed class HostSet
{
    private readonly ImmutableList<string> _hosts;

    public HostSet() : this(ImmutableList<string>.Empty)
    {
    }

    private HostSet(ImmutableList<string> hosts) => _hosts = hosts;

    public int Count => _hosts.Count;

    public static HostSet operator +(HostSet set, string host) => new(set._hosts.Add(host));
}

public static class Registry
{
    public static void Register(Slot<HostSet> slot, string first, string second)
    {
        var set = new HostSet() + first;
        slot.Publish(set);
        set += second;
        slot.Publish(set);
    }
}
