// Round 3. The builder's ToImmutable() result is published; the builder may keep changing.
using System.Collections.Immutable;
using Weft.Slots;
using Weft;

namespace Corpus.PublishedWrites.Round3.DictionaryBuilderPublished;

public static class Quotas
{
    public static void Load(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<ImmutableDictionary<string, int>>();
        var quotas = ImmutableDictionary.CreateBuilder<string, int>();
        quotas["free"] = 10;
        slot.Publish(quotas.ToImmutable());
        quotas["pro"] = 100;
    }
}
