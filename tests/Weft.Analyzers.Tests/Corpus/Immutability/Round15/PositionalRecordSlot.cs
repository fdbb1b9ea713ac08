// Round 15, WEFT0001: a snapshot slot declared as a sealed positional record. Its positional parameters become
// init-only properties, and one of them is a List<string> that every worker reads at once. Reading taken: the report
// lands on the parameter's line, where the property is declared.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round15.PositionalRecordSlot;

[ThreadLocalSlot]
public sealed partial record ListenerSet(
    string Name,
    ImmutableArray<int> Ports,
    List<string> AllowedHosts); // expect: WEFT0001

public static class ListenerSets
{
    public static ListenerSet Build(string name, IEnumerable<int> ports, IEnumerable<string> hosts) =>
        new(name, [.. ports], [.. hosts]);

    public static bool Allows(ListenerSet set, string host) => set.AllowedHosts.Contains(host);
}
