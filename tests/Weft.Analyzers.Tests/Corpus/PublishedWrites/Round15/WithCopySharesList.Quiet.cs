// Round 15, WEFT0002 quiet twin: the `with` copy gets its own list ([.. draft.Routes]), so adding the canary to the
// draft's list leaves the published copy alone.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Round15.WithCopySharesListQuiet;

public sealed record RouteConfig(string Version, List<string> Routes);

public sealed class ConfigReloader(Slot<RouteConfig> slot)
{
    public RouteConfig Reload(IEnumerable<string> routes, string version, string? canary)
    {
        var draft = new RouteConfig("draft", [.. routes]);
        var release = draft with { Version = version, Routes = [.. draft.Routes] };
        slot.Publish(release);
        if (canary is { Length: > 0 })
        {
            draft.Routes.Add(canary);
        }

        return draft;
    }
}
