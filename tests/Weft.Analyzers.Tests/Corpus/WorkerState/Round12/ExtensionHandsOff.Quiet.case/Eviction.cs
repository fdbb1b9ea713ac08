using Weft.Threading;

namespace Corpus.R12.ExtensionHandsOffQuiet;

public static class Eviction
{
    public static void TrimLater(int keep)
    {
        var cache = Cache.Current;
        Dispatcher.Current!.Post(() => cache.Trim(keep));
    }
}
