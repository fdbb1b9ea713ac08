// The snapshot is read on the worker and handed to the background task: snapshots may be read on any thread.
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
        var catalog = Catalog.Current;
        return Task.Factory.StartNew(() => catalog.Skus.Length, TaskCreationOptions.LongRunning);
    }
}
