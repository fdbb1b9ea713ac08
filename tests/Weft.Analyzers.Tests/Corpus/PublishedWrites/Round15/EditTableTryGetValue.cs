// Round 15, WEFT0002 through a table of edits: a static read-only dictionary of Action<List<string>>, filled by its
// initializer, is looked up with TryGetValue and the edit run on the list after it was published. The page names such a
// table read by index; here the delegate comes out through TryGetValue's `out`.
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Round15.EditTableTryGetValue;

public sealed class HostsEditor(Slot<List<string>> hosts)
{
    private static readonly Dictionary<string, Action<List<string>>> s_edits = new(StringComparer.Ordinal)
    {
        ["dedupe"] = static list => list.Sort(StringComparer.Ordinal),
        ["drop-local"] = static list => list.RemoveAll(static h => h.StartsWith("127.", StringComparison.Ordinal)),
    };

    public bool Apply(IEnumerable<string> current, string operation)
    {
        var next = new List<string>(current);
        hosts.Publish(next);
        if (s_edits.TryGetValue(operation, out var edit))
        {
            edit(next); // expect: WEFT0002
            return true;
        }

        return false;
    }
}
