using System.Threading.Tasks;

namespace Corpus.R12.ExtensionHandsOff;

public static class Eviction
{
    public static Task<int> TrimLater(int keep)
    {
        var cache = Cache.Current;
        return Task.Run(() => cache.Trim(keep)); // expect: WEFT0004
    }
}
