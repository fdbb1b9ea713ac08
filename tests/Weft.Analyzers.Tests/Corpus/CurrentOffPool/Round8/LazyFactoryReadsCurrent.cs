// WEFT0005: a Lazy<T> whose factory reads Current is forced inside Task.Run (documented: WEFT0005 holds for a
// Current its factory reads). #escape on the factory and the forcing.
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.R8.LazyFactoryReadsCurrent;

[ThreadLocalSlot]
public sealed partial class PoolLimits
{
    public int MaxConnections { get; init; }
}

public static class Sizing
{
    public static Task<int> SizeAsync()
    {
        var max = new Lazy<int>(() => PoolLimits.Current.MaxConnections); // expect: WEFT0005 #escape
        return Task.Run(() => max.Value * 2); // expect: WEFT0005 #escape
    }
}
