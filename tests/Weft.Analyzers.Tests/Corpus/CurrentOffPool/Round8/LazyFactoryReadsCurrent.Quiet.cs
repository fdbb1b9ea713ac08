// Twin: the Lazy is forced on the worker; Task.Run gets the int.
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.R8.LazyFactoryReadsCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class PoolLimits
{
    public int MaxConnections { get; init; }
}

public static class Sizing
{
    public static Task<int> SizeAsync()
    {
        var max = new Lazy<int>(() => PoolLimits.Current.MaxConnections);
        int value = max.Value;
        return Task.Run(() => value * 2);
    }
}
