// Round 15, WEFT0006: a [WorkerUpdate] appends to a static ImmutableArray with a collection expression
// (`s_banned = [.. s_banned, host]`): a read of the static, a new array and a write, run by every worker at once, so
// concurrent bans are lost. Reading taken (doc gap, see the findings): the page lists `++`, `+=`, `??=`, tuple
// assignments and Volatile/Interlocked pairs computed from the field, and "a store of a value not read from the field
// is not" reported; a plain assignment of a value computed from the field is taken as the same read-modify-write.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round15.CollectionExpressionStaticAppend;

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
            s_banned = [.. s_banned, host]; // expect: WEFT0006
        }
    }
}
