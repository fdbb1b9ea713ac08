// Round 15, WEFT0001 quiet twin: the same positional record slot, its host list an ImmutableArray<string>.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round15.PositionalRecordSlotQuiet;

[ThreadLocalSlot]
public sealed partial record ListenerSet(
    string Name,
    ImmutableArray<int> Ports,
    ImmutableArray<string> AllowedHosts);

public static class ListenerSets
{
    public static ListenerSet Build(string name, IEnumerable<int> ports, IEnumerable<string> hosts) =>
        new(name, [.. ports], [.. hosts]);

    public static bool Allows(ListenerSet set, string host) => set.AllowedHosts.Contains(host);
}
