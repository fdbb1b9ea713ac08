// Quiet twin: each arm spreads the snapshot's list into a new list.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.SwitchExpressionPicksListQuiet;

[ThreadLocalSlot]
public sealed partial class Pools
{
    public List<string> Primary { get; init; } = []; // expect: WEFT0001
    public List<string> Backup { get; init; } = []; // expect: WEFT0001
}

public static class Picker
{
    public static int Add(string kind, string host)
    {
        List<string> target = kind switch
        {
            "primary" => [.. Pools.Current.Primary],
            _ => [.. Pools.Current.Backup],
        };
        target.Add(host);
        return target.Count;
    }
}
