// Round 2. A `with` copy of a published record shares its list: appending to next.Hosts appends to the published one.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Views.Round2.WithShares;

public sealed record Config(int Version, List<string> Hosts);

public static class Configurator
{
    public static Config Bump(Slot<Config> slot, Config current, string host)
    {
        slot.Publish(current);
        var next = current with { Version = current.Version + 1 };
        next.Hosts.Add(host); // expect: WEFT0002
        return next;
    }
}
