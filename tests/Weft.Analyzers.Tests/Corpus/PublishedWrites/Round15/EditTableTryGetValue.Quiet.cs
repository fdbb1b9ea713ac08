// Round 15, WEFT0002 quiet twin: the edit runs on the new list before the publish.
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Round15.EditTableTryGetValueQuiet;

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
        bool edited = false;
        if (s_edits.TryGetValue(operation, out var edit))
        {
            edit(next);
            edited = true;
        }

        hosts.Publish(next);
        return edited;
    }
}
