// Twin: only the local struct's own int changes after the publish (the box holds its own copy of the struct).
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.StructCarrierHoldsListQuiet;

public struct PoolConfig
{
    public int MaxIdle;
    public List<string> Hosts;
}

public sealed record PoolConfigBox(PoolConfig Config);

public static class PoolConfigs
{
    public static int Publish(Slot<PoolConfigBox> slot)
    {
        var config = new PoolConfig { MaxIdle = 4, Hosts = new List<string> { "db-1" } };
        slot.Publish(new PoolConfigBox(config));
        config.MaxIdle = 8;
        return config.MaxIdle;
    }
}
