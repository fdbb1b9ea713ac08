// Round 15, WEFT0003 quiet twin: the handler adds to a copy of what the delegate returns (new List<string>(source())),
// which it hands back for the next publish.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.DelegateTableReturnsSnapshotQuiet;

[ThreadLocalSlot]
public sealed partial class Policy
{
    public List<string> Deny { get; init; } = []; // expect: WEFT0001
    public List<string> Allow { get; init; } = []; // expect: WEFT0001
}

public static class ListEndpoint
{
    private static readonly Dictionary<string, Func<List<string>>> s_lists = new(StringComparer.Ordinal)
    {
        ["deny"] = static () => Policy.Current.Deny,
        ["allow"] = static () => Policy.Current.Allow,
    };

    public static List<string>? Append(string list, string host)
    {
        if (!s_lists.TryGetValue(list, out var source))
        {
            return null;
        }

        var hosts = new List<string>(source());
        hosts.Add(host);
        return hosts;
    }
}
