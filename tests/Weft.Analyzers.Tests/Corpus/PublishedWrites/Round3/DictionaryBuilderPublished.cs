// Round 3. An ImmutableDictionary builder is itself published through a Slot<T> and then written: a builder is mutable.
using System.Collections.Immutable;
using Weft.Slots;
using Weft;

namespace Corpus.PublishedWrites.Round3.DictionaryBuilderPublished;

public static class Quotas
{
    public static void Load(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<ImmutableDictionary<string, int>.Builder>();
        var quotas = ImmutableDictionary.CreateBuilder<string, int>();
        quotas["free"] = 10;
        slot.Publish(quotas);
        quotas["pro"] = 100; // expect: WEFT0002 "quotas"
    }
}
