// Round 15, WEFT0006 quiet twin: the static array is swapped atomically with ImmutableInterlocked.Update and a static
// lambda building the new array.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round15.CollectionExpressionStaticAppendQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class BanList
{
    private static ImmutableArray<string> s_banned = [];

    public static ImmutableArray<string> Banned => s_banned;

    private readonly ImmutableHashSet<string>.Builder _local = ImmutableHashSet.CreateBuilder<string>();

    [WorkerUpdate]
    public void Ban(string host)
    {
        if (_local.Add(host))
        {
            ImmutableInterlocked.Update(ref s_banned, static (banned, h) => [.. banned, h], host);
        }
    }
}
