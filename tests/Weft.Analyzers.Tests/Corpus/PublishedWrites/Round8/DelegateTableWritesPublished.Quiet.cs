// Twin: the edit is applied before the publish.
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.DelegateTableWritesPublishedQuiet;

public static class Routes
{
    private static readonly Dictionary<string, Action<Dictionary<string, string>>> s_edits = new()
    {
        ["drain"] = table => table.Remove("/v1"),
    };

    public static void Reload(Slot<Dictionary<string, string>> slot, Dictionary<string, string> table)
    {
        s_edits["drain"](table);
        slot.Publish(table);
    }
}
