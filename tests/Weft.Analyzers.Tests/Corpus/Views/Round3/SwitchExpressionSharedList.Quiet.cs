// Round 3. Both arms build a list of their own; the snapshot's list is only copied.
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
            "eu" => new List<string>(ZoneHosts.Current.Europe),
            _ => new List<string>(),
        };
        target.Add(host);
        return target;
    }
}
