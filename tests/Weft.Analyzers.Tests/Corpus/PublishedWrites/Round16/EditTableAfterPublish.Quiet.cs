// An admin endpoint's edit table: a static read-only dictionary of edits its initializer fills. The edit is run on
// a fresh copy of the backend list, which is published after the edit (quiet twin of EditTableAfterPublish).
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
        s_edits[verb](next, host);
        backends.Publish(next);
        return true;
    }
}
