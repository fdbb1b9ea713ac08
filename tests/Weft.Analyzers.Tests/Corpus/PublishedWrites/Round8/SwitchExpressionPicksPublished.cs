// WEFT0002: a switch expression picks which table to patch; one arm is the table just published.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.SwitchExpressionPicksPublished;

public enum Zone { Primary, Backup }

public static class RouteReload
{
    public static void Reload(Slot<Dictionary<string, string>> slot, Dictionary<string, string> primary, Zone zone)
    {
        slot.Publish(primary);
        var target = zone switch
        {
            Zone.Primary => primary,
            _ => new Dictionary<string, string>(),
        };
        target["/health"] = "local"; // expect: WEFT0002
    }
}
