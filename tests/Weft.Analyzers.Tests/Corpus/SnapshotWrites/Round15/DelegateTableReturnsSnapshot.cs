// Round 15, WEFT0003 through a table of Func<> delegates: a static read-only dictionary, filled by its initializer, maps
// a list name to a lambda returning the snapshot's own list; the handler adds to what the looked-up delegate returns.
// The page names "what a helper's lambda or a read-only delegate field returns"; a delegate read by key from a
// read-only table filled by its initializer is taken as the same (the WEFT0002 page says so for its own table).
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.DelegateTableReturnsSnapshot;

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

    public static bool Append(string list, string host)
    {
        if (!s_lists.TryGetValue(list, out var source))
        {
            return false;
        }

        var hosts = source();
        hosts.Add(host); // expect: WEFT0003
        return true;
    }
}
