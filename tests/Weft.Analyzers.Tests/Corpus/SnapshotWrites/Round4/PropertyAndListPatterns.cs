// Worker code binds parts of the shared upstream snapshot with property patterns, list patterns (`[var first, ..,
// var last]`) and an extended property pattern in a switch case, then writes through the bound variables. They are
// snapshot data reached from Current (WEFT0003: "through locals, member chains"). The snapshot type itself is not
// deeply immutable (a List and a mutable element type), which WEFT0001 reports on its members.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.PropertyAndListPatterns;

public sealed class Upstream
{
    public string Host { get; set; } = "";
    public int Failures { get; set; }
}

[ThreadLocalSlot]
public sealed partial class UpstreamSet
{
    public List<Upstream> Members { get; init; } = new(); // expect: WEFT0001
    public Upstream? Preferred { get; init; } // expect: WEFT0001
}

public static class ConnectFailures
{
    public static void OnConnectFailed(string host)
    {
        if (UpstreamSet.Current is { Preferred: { } preferred } && preferred.Host == host)
        {
            preferred.Failures++; // expect: WEFT0003
        }

        if (UpstreamSet.Current.Members is [var first, .., var last])
        {
            first.Failures = 0; // expect: WEFT0003
            last.Host = host; // expect: WEFT0003
        }

        switch (UpstreamSet.Current)
        {
            case { Members.Count: > 8, Members: var many }:
                many.RemoveAt(0); // expect: WEFT0003
                break;
        }
    }
}
