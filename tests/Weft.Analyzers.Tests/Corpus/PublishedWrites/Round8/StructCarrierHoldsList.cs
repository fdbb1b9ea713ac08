// WEFT0002: a struct copied into the published box shares its List with the local struct.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.StructCarrierHoldsList;

public struct PoolConfig
{
    public int MaxIdle;
    public List<string> Hosts;
}

public sealed record PoolConfigBox(PoolConfig Config);

public static class PoolConfigs
{
    public static void Publish(Slot<PoolConfigBox> slot)
    {
        var config = new PoolConfig { MaxIdle = 4, Hosts = new List<string> { "db-1" } };
        slot.Publish(new PoolConfigBox(config));
        config.Hosts.Add("db-2"); // expect: WEFT0002
    }
}
