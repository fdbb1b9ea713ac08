// A switch expression picks one of the snapshot's lists; the caller appends to whichever it got.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.SwitchExpressionPicksList;

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
        var target = kind switch
        {
            "primary" => Pools.Current.Primary,
            _ => Pools.Current.Backup,
        };
        target.Add(host); // expect: WEFT0003
        return target.Count;
    }
}
