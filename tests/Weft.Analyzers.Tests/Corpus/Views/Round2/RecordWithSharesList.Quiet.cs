// Round 2. The `with` copy gets its own list, built from the published one plus the new host.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Views.Round2.WithShares;

public sealed record Config(int Version, List<string> Hosts);

public static class Configurator
{
    public static Config Bump(Slot<Config> slot, Config current, string host)
    {
        slot.Publish(current);
        var next = current with { Version = current.Version + 1, Hosts = new List<string>(current.Hosts) { host } };
        return next;
    }
}
