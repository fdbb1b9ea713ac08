// WEFT0002: an edit kept in a dictionary of delegates, applied to the published dictionary after the publish.
// Reported where the stored lambda writes or where it is invoked with the published object: #escape.
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.DelegateTableWritesPublished;

public static class Routes
{
    private static readonly Dictionary<string, Action<Dictionary<string, string>>> s_edits = new()
    {
        ["drain"] = table => table.Remove("/v1"), // expect: WEFT0002 #escape
    };

    public static void Reload(Slot<Dictionary<string, string>> slot, Dictionary<string, string> table)
    {
        slot.Publish(table);
        s_edits["drain"](table); // expect: WEFT0002 #escape
    }
}
