// Task.Factory.StartNew on the default scheduler: the body reads Current on a thread-pool thread.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.StartNew;

[ThreadLocalSlot]
public sealed partial class Catalog
{
    public ImmutableArray<string> Skus { get; init; }
}

public static class Indexer
{
    public static Task<int> CountAsync()
    {
        return Task.Factory.StartNew(() =>
        {
            var catalog = Catalog.Current; // expect: WEFT0005
            return catalog.Skus.Length;
        }, TaskCreationOptions.LongRunning);
    }
}
