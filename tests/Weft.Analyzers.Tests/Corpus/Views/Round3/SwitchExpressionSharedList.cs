// Round 3. A switch expression returns either the snapshot's list or a fresh one; Add on the result may write the shared list.
using System.Collections.Generic;
using Weft;

namespace Corpus.Views.Round3.SwitchExpressionSharedList;

[ThreadLocalSlot]
public sealed partial class ZoneHosts
{
    public List<string> Europe { get; init; } = new(); // expect: WEFT0001 "Europe"
}

public static class Picker
{
    public static List<string> With(string zone, string host)
    {
        List<string> target = zone switch
        {
            "eu" => ZoneHosts.Current.Europe,
            _ => new List<string>(),
        };
        target.Add(host); // expect: WEFT0003
        return target;
    }
}
