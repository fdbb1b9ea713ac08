// Round 3. The ImmutableArray builder itself is published through a plain Slot<T> and then added to, which writes
// what every worker enumerates (its quiet twin publishes builder.ToImmutable()).
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Idioms.Round3.StringAndBuilderSnapshot;

public static class Deploy
{
    public static async Task RunAsync(WorkerPool pool, IEnumerable<string> paths)
    {
        var slot = pool.AllocateSlot<ImmutableArray<string>.Builder>();
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var path in paths)
        {
            builder.Add(path.TrimEnd('/'));
        }

        await slot.PublishAsync(builder);
        builder.Add("/late"); // expect: WEFT0002 "builder"
    }
}
