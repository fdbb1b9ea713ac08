// Twin: every arm is a fresh copy.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.SwitchExpressionPicksPublishedQuiet;

public enum Zone { Primary, Backup }

public static class RouteReload
{
    public static void Reload(Slot<Dictionary<string, string>> slot, Dictionary<string, string> primary, Zone zone)
    {
        slot.Publish(primary);
        var target = zone switch
        {
            Zone.Primary => new Dictionary<string, string>(primary),
            _ => new Dictionary<string, string>(),
        };
        target["/health"] = "local";
    }
}
