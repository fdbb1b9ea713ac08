// Round 15, WEFT0002: a record `with` copy is shallow. The handler publishes the copy with a new version, then adds a
// route to the draft's list, which the published copy shares (a collection placed inside the published object).
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Round15.WithCopySharesList;

public sealed record RouteConfig(string Version, List<string> Routes);

public sealed class ConfigReloader(Slot<RouteConfig> slot)
{
    public RouteConfig Reload(IEnumerable<string> routes, string version, string? canary)
    {
        var draft = new RouteConfig("draft", [.. routes]);
        var release = draft with { Version = version };
        slot.Publish(release);
        if (canary is { Length: > 0 })
        {
            draft.Routes.Add(canary); // expect: WEFT0002
        }

        return draft;
    }
}
