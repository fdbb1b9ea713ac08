// An admin endpoint's edit table: a static read-only dictionary of edits its initializer fills. The "drain" edit is
// run on the backend list after the list was published (a delegate read by index and invoked with the published
// object, whose body writes it: WEFT0002 at the invocation).
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R16.EditTableAfterPublish;

public static class AdminEdits
{
    private static readonly Dictionary<string, Action<List<string>, string>> s_edits = new()
    {
        ["add"] = (hosts, host) => hosts.Add(host),
        ["drain"] = (hosts, host) => hosts.Remove(host),
    };

    public static bool Apply(Slot<List<string>> backends, List<string> current, string verb, string host)
    {
        if (!s_edits.ContainsKey(verb))
            return false;
        var next = new List<string>(current);
        backends.Publish(next);
        s_edits[verb](next, host); // expect: WEFT0002
        return true;
    }
}
